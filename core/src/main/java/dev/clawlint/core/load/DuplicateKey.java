package dev.clawlint.core.load;

import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;

/**
 * A key written twice in one object. JSON5 keeps the later value.
 *
 * @param object the object both members belong to
 * @param shadowed the earlier member, whose value is lost
 * @param winner the later member
 */
public record DuplicateKey(ObjectNode object, Member shadowed, Member winner) {}

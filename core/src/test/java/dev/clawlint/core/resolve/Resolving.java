package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.load.ConfigLoader;
import dev.clawlint.core.load.Environment;
import dev.clawlint.core.load.LoadedConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;

/** Test helper: resolves config text written inline. */
final class Resolving {
    private Resolving() {}

    static EffectiveConfig resolve(String json5) {
        return resolve(json5, TargetVersion.LATEST, Environment.unknown());
    }

    static EffectiveConfig resolve(String json5, TargetVersion target, Environment env) {
        LoadedConfig loaded = new ConfigLoader().load(json5.getBytes(StandardCharsets.UTF_8),
                Path.of("openclaw.json"), "openclaw.json", env);
        return ConfigResolver.resolve(substituted(loaded.requireDocument(), env), target, env);
    }

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)\\}");

    /**
     * The document with {@code ${VAR}} references substituted and recorded on each string node, as
     * the loader does once {@code ${VAR}} support lands there (OpenClaw's rules, research §2 step 5);
     * a document the loader already substituted passes through unchanged.
     */
    static Document substituted(Document doc, Environment env) {
        Node root = substitute(doc.root(), env);
        return new Document(doc.mainFile(), root, doc.files(),
                Map.of(doc.mainFile(), doc.comments(doc.mainFile())));
    }

    private static Node substitute(Node node, Environment env) {
        if (node instanceof StringNode s && !s.fromEnvironment()) {
            Matcher m = REFERENCE.matcher(s.written());
            List<String> vars = new ArrayList<>();
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                vars.add(name);
                m.appendReplacement(out, Matcher.quoteReplacement(env.get(name).orElse(m.group())));
            }
            m.appendTail(out);
            return vars.isEmpty() ? s : new StringNode(s.span(), out.toString(), s.written(), vars);
        }
        if (node instanceof ObjectNode o) {
            List<Member> members = new ArrayList<>();
            for (Member member : o.members()) {
                members.add(new Member(member.key(), member.keySpan(), substitute(member.value(), env)));
            }
            return new ObjectNode(o.span(), members);
        }
        if (node instanceof ArrayNode a) {
            return new ArrayNode(a.span(), a.elements().stream().map(e -> substitute(e, env)).toList());
        }
        return node;
    }
}

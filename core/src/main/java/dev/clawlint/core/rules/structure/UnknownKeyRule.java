package dev.clawlint.core.rules.structure;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.schema.DeclaredMembers;
import dev.clawlint.core.schema.DoctorRules;
import dev.clawlint.core.schema.KeySuggestions;
import dev.clawlint.core.schema.RetiredKeys;
import dev.clawlint.core.schema.SchemaDocument;
import dev.clawlint.core.schema.SchemaNode;
import dev.clawlint.core.schema.SchemaViolation;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A key OpenClaw's strict schema rejects at its place: OpenClaw refuses to start. Says which key was
 * probably meant, that JSON5 comments replace {@code _note} keys, and when a key was removed by a release.
 * Keys the schema lists in {@code x-openclaw-removed} are not reported for targets that still accepted them. The
 * fix renames a key only when the meant key is certain (case and separators, a known alias), never a spelling guess.
 */
@RuleInfo(id = "unknown-key", severity = Severity.ERROR, category = Category.STRUCTURE,
        summary = "A key OpenClaw's strict schema rejects at that place", fixable = true)
public final class UnknownKeyRule implements Rule {

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (SchemaViolation v : target.schemaViolations()) {
            boolean forbidden = Structural.isForbiddenKey(v);
            String key = forbidden ? JsonPointer.last(v.pointer()) : v.property();
            if (!(forbidden || v.keyword().equals("additionalProperties")) || key == null
                    || Structural.ownedByGuideRule(v, target)) {
                continue;
            }
            String parent = forbidden ? JsonPointer.parent(v.pointer()) : v.pointer();
            SchemaNode objectSchema = forbidden
                    ? v.schema().at(v.schemaPath().substring(0, v.schemaPath().lastIndexOf("/properties/")))
                    : v.schema().owner(v.schemaPath());
            String pointer = JsonPointer.child(parent, key);
            SchemaNode removed = objectSchema == null ? null : objectSchema.members("x-openclaw-removed").get(key);
            if (removed != null && stillAccepted(removed, target.target())) {
                continue;
            }
            String rejected = Structural.openClaw(target, v) + " rejects the whole config (Unrecognized key: \"" + key + "\").";
            String head = "Unknown key \"" + key + "\" " + Structural.where(parent) + ": " + rejected;
            String advice;
            RetiredKeys.Retired retired = removed == null ? RetiredKeys.of(pointer, target.target()) : null;
            DoctorRules.Rule doctor = removed == null ? DoctorRules.of(pointer, target.target()) : null;
            if (removed != null) {
                advice = removed.text("message", "It was removed from OpenClaw.")
                        + " (accepted from " + removed.text("since", "?") + ", rejected since "
                        + removed.text("until", "?") + ") Remove it.";
            } else if (retired != null) {
                advice = retiredAdvice(retired, doctor);
            } else if (doctor != null) {
                advice = doctorAdvice(doctor);
            } else if (KeySuggestions.isCommentKey(key)) {
                advice = "openclaw.json is JSON5: write the note as a // comment instead of a key.";
            } else {
                String suggestion = objectSchema == null ? null
                        : KeySuggestions.suggest(key, objectSchema, v.schema(), nestedKeys(target, pointer));
                String elsewhere = suggestion == null ? KeySuggestions.elsewhere(key, parent, target.publishedSchema()) : null;
                advice = suggestion != null ? "Did you mean \"" + suggestion + "\"?"
                        : elsewhere == null ? "Remove it (clawlint knows no place in the config where OpenClaw reads it)."
                        : elsewhere.isEmpty() ? "OpenClaw reads \"" + key + "\" at the top level of the config: move it there."
                        : "OpenClaw reads it as " + elsewhere + ": move it there.";
            }
            ctx.reportKey(pointer, head + " " + advice, rename(target, ctx, objectSchema, v, parent, key));
        }
        reportTooNew(target, ctx, target.publishedSchema());
    }

    /** Renames the key when what it means is certain ({@link KeySuggestions#certainRename}) and the name is free. */
    private static @Nullable Fix rename(LintTarget target, RuleContext ctx, @Nullable SchemaNode objectSchema,
            SchemaViolation v, String parent, String key) {
        String to = objectSchema == null || KeySuggestions.isCommentKey(key) ? null
                : KeySuggestions.certainRename(key, objectSchema, v.schema());
        if (to == null || !(target.document().node(parent) instanceof ObjectNode object) || object.has(to)) {
            return null;
        }
        return ctx.fix("Rename " + key + " to " + to).renameKey(JsonPointer.child(parent, key), to).build();
    }

    /**
     * "OpenClaw 2026.8.2 retired it (2026.7.1 accepted it)." then what its doctor says replaced it, else its
     * changelog's line, else where to look.
     */
    private static String retiredAdvice(RetiredKeys.Retired retired, DoctorRules.@Nullable Rule doctor) {
        StringBuilder advice = new StringBuilder("OpenClaw " + retired.retiredIn() + " retired it (" + retired.lastAccepted()
                + " accepted it).");
        if (doctor != null) {
            return advice.append(' ').append(doctorAdvice(doctor)).toString();
        }
        if (!retired.evidence().isEmpty()) {
            String line = retired.evidence().get(0).replaceFirst("^[-*]\\s*", "").strip();
            advice.append(" Its changelog: \"").append(line.length() > 240 ? line.substring(0, 237) + "..." : line).append("\"");
        }
        return advice.append(" Remove it; where a setting moved, docs/openclaw/releases.md says where.").toString();
    }

    /** "`openclaw doctor` says: "... moved to ...". `openclaw doctor --fix` migrates or removes it." */
    private static String doctorAdvice(DoctorRules.Rule doctor) {
        String words = doctor.message().endsWith(".") ? doctor.message() : doctor.message() + ".";
        String said = "`openclaw doctor` says: \"" + words + "\"";
        if (words.contains("openclaw doctor --fix")) {
            return said;
        }
        return said + " `openclaw doctor --fix` migrates or removes it"
                + (doctor.movedTo() == null ? "." : " (or move it to " + doctor.movedTo() + " by hand).");
    }

    /**
     * Keys the published schema (2026.9) declares but the target predates ({@code x-openclaw-since}, the
     * first release line known to accept the key). "Known to accept" is not "added in": the key may be
     * older, so this is a warning that says so, not an error.
     */
    private static void reportTooNew(LintTarget target, RuleContext ctx, SchemaDocument schema) {
        if (target.target().atLeast(TargetVersion.LATEST)) {
            return;
        }
        for (DeclaredMembers.Declared d : DeclaredMembers.of(schema, target.document().root())) {
            String since = d.declaration().text("x-openclaw-since");
            if (since.isEmpty() || d.declaration().has("x-clawlint-rule")) {
                continue;
            }
            TargetVersion first = line(since, TargetVersion.BEFORE_ALL);
            if (!target.target().atLeast(first)) {
                String key = JsonPointer.last(d.pointer());
                ctx.report(Severity.WARNING, d.pointer(), true, "Key \"" + key + "\" "
                        + Structural.where(JsonPointer.parent(d.pointer())) + " may be unknown to OpenClaw " + target.target()
                        + ": clawlint knows it from OpenClaw " + since + " on, and an unknown key makes OpenClaw reject the"
                        + " whole config (Unrecognized key: \"" + key + "\"). Check with `openclaw config validate` on "
                        + target.target() + ", or upgrade to " + since + " or later.", null);
            }
        }
    }

    /** The key was removed by {@code until}; a target before that (and not before {@code since}) still accepts it. */
    private static boolean stillAccepted(SchemaNode removed, TargetVersion target) {
        TargetVersion since = line(removed.text("since"), TargetVersion.BEFORE_ALL);
        TargetVersion until = line(removed.text("until"), TargetVersion.AFTER_ALL);
        return target.atLeast(since) && !target.atLeast(until);
    }

    /** A {@code YYYY.M} release line from the schema's data, or the fallback when it is not one. */
    private static TargetVersion line(String text, TargetVersion fallback) {
        String[] parts = text.split("\\.");
        try {
            return parts.length == 2 ? new TargetVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])) : fallback;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static List<String> nestedKeys(LintTarget target, String pointer) {
        List<String> out = new ArrayList<>();
        if (target.document().node(pointer) instanceof ObjectNode o) {
            for (Member m : o.effectiveMembers()) {
                out.add(m.key());
            }
        }
        return out;
    }
}

package dev.clawlint.core.rules.reading;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import dev.clawlint.core.util.Regex;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Text meant as an environment reference that OpenClaw leaves literal: {@code ${lower}},
 * {@code ${VAR:-default}}, or an {@code apiKey} written as a variable's name, {@code $VAR} or
 * {@code {env:VAR}}. OpenClaw then sends the text itself as the value.
 */
@RuleInfo(id = "literal-env-reference", severity = Severity.WARNING, category = Category.READING,
        summary = "Text meant as an environment reference that OpenClaw leaves literal", fixable = true)
public final class LiteralEnvReferenceRule implements Rule {

    private static final Pattern REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([^}]*)\\}");
    private static final Pattern VALID_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Pattern DEFAULT_SYNTAX = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(:?[-=?+]).*");
    private static final Pattern BARE_NAME = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    private static final Pattern CREDENTIAL_NAME = Pattern.compile(".*(KEY|TOKEN|SECRET|PASSWORD).*");
    // placeholders people leave for the reader to fill in are not variable names
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?:.*_)?(YOUR|REPLACE|REDACTED|CHANGE|CHANGEME|PLACEHOLDER|EXAMPLE|INSERT|TODO|DUMMY|FAKE|ME)(?:_.*)?");
    private static final Pattern ENV_PREFIXED = Pattern.compile("env[.:]([A-Z_][A-Z0-9_]*)");
    private static final Pattern DOLLAR_NAME = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ENV_BRACES = Pattern.compile("\\{env:([A-Za-z_][A-Za-z0-9_]*)\\}");

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        walk(target.document().root(), "", null, ctx);
    }

    private void walk(Node node, String pointer, @Nullable String key, RuleContext ctx) {
        if (node instanceof ObjectNode o) {
            for (Member m : o.effectiveMembers()) {
                walk(m.value(), JsonPointer.child(pointer, m.key()), m.key(), ctx);
            }
        } else if (node instanceof ArrayNode a) {
            List<Node> elements = a.elements();
            for (int i = 0; i < elements.size(); i++) {
                walk(elements.get(i), JsonPointer.child(pointer, i), null, ctx);
            }
        } else if (node instanceof StringNode s) {
            check(s, pointer, "apiKey".equals(key), ctx);
        }
    }

    private void check(StringNode s, String pointer, boolean apiKey, RuleContext ctx) {
        String written = s.written();
        Matcher m = REFERENCE.matcher(written);
        while (m.find()) {
            String inside = Regex.group(m, 1);
            if (VALID_NAME.matcher(inside).matches()) {
                continue;
            }
            Matcher d = DEFAULT_SYNTAX.matcher(inside);
            if (d.matches()) {
                // the default may be a credential: name the variable and operator, never the default
                String shown = "${" + Regex.group(d, 1) + Regex.group(d, 2) + "…}";
                ctx.report(pointer, "\"" + shown + "\" uses shell default syntax, which OpenClaw does not support: it "
                        + "keeps the whole text literally and sends it as the value (https://docs.openclaw.ai/gateway/configuration). Write \"${"
                        + Regex.group(d, 1) + "}\" and set the variable (or env.vars) instead.");
            } else if (ENV_PREFIXED.matcher(inside).matches()) {
                ctx.report(pointer, "\"${" + inside + "}\" is not substituted: OpenClaw's references are plain names "
                        + "matching [A-Z_][A-Z0-9_]*, so it keeps the text literally (https://docs.openclaw.ai/gateway/configuration). Write \"${"
                        + inside.substring(4) + "}\".");
            } else {
                ctx.report(pointer, "\"${" + inside + "}\" is not substituted: OpenClaw only replaces upper-case names "
                        + "matching [A-Z_][A-Z0-9_]*, so it keeps the text literally (https://docs.openclaw.ai/gateway/configuration). Use an upper-case "
                        + "variable name.");
            }
            return;
        }
        if (!apiKey || s.fromEnvironment()) {
            return;
        }
        String name = null;
        String shape = null;
        Matcher dollar = DOLLAR_NAME.matcher(written);
        Matcher braces = ENV_BRACES.matcher(written);
        if (BARE_NAME.matcher(written).matches() && CREDENTIAL_NAME.matcher(written).matches()
                && !PLACEHOLDER.matcher(written).matches()) {
            name = written;
            shape = "the name of an environment variable";
        } else if (dollar.matches()) {
            name = Regex.group(dollar, 1);
            shape = "shell syntax \"$" + name + "\"";
        } else if (braces.matches()) {
            name = Regex.group(braces, 1);
            shape = "\"{env:" + name + "}\"";
        }
        if (name == null) {
            return;
        }
        String reference = "${" + name + "}";
        ctx.report(pointer, "apiKey is " + shape + ", not a reference to it: OpenClaw sends the text itself as the key and "
                + "the provider rejects it (401). Write \"" + reference + "\".", fix(ctx, pointer, reference, name));
    }

    /** Rewrites the literal to the reference, when the name is one OpenClaw can substitute. */
    private static @Nullable Fix fix(RuleContext ctx, String pointer, String reference, String name) {
        return VALID_NAME.matcher(name).matches() ? ctx.fix("Write " + reference).replaceString(pointer, reference).build() : null;
    }
}

package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.edit.Edits;
import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.finding.TextEdit;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The guide's provider {@code type} and {@code host}, which OpenClaw has never had: it wants
 * {@code api} and {@code baseUrl} (docs/openclaw/guide-shapes.md#type-and-host). The fix renames the keys and turns the
 * backend word into the adapter ({@code "ollama"} stays {@code "ollama"}, LM Studio, vLLM and the
 * other OpenAI-compatible servers become {@code "openai-completions"}).
 */
@RuleInfo(id = "provider-type-host", severity = Severity.ERROR, category = Category.GUIDE_SHAPES,
        summary = "A provider with the guide's type/host keys instead of api/baseUrl", fixable = true)
public final class ProviderTypeHostRule implements Rule {

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ObjectNode root = target.document().rootObject();
        if (root == null) {
            return;
        }
        for (Shapes.Provider p : Shapes.providers(root)) {
            List<String> bad = new ArrayList<>();
            for (String k : List.of("type", "host")) {
                if (p.object().has(k)) {
                    bad.add(k);
                }
            }
            if (bad.isEmpty()) {
                continue;
            }
            String rejected = "OpenClaw rejects the file (models.providers." + p.id() + ": Unrecognized key"
                    + (bad.size() > 1 ? "s: " : ": ") + Shapes.quoted(bad) + ")";
            Member type = p.object().member("type");
            if (type != null) {
                String word = Shapes.string(type.value());
                String api = word == null ? null : Shapes.apiOfType(word);
                String use = api == null ? "\"api\" (the request adapter: \"ollama\", \"openai-completions\", ...)" : "\"api\": \"" + api + "\"";
                ctx.reportKey(JsonPointer.child(p.pointer(), "type"),
                        "\"type\" is not a provider key: " + rejected + ". Use " + use + " instead.",
                        typeFix(p, type, api));
            }
            Member host = p.object().member("host");
            if (host != null) {
                ctx.reportKey(JsonPointer.child(p.pointer(), "host"),
                        "\"host\" is not a provider key: " + rejected + ", and the provider has no server address. Use"
                                + " \"baseUrl\" instead.", hostFix(p, host));
            }
        }
    }

    private static @Nullable Fix typeFix(Shapes.Provider p, Member type, @Nullable String api) {
        if (api == null) {
            return null;
        }
        String existing = p.object().string("api");
        if (existing != null) {
            // the provider already says which adapter: type can go only when it says the same
            return existing.equals(api) ? new Fix("Remove type (api is already \"" + api + "\")",
                    Edits.removeMember(p.object(), type)) : null;
        }
        if (p.object().has("api")) {
            return null;
        }
        List<TextEdit> edits = new ArrayList<>();
        edits.add(Edits.renameKey(type, "api"));
        String word = Shapes.string(type.value());
        if (!api.equals(word)) {
            edits.add(Edits.replaceValue(type.value(), Edits.quote(type.value().span().file(), api)));
        }
        return new Fix("Replace type with \"api\": \"" + api + "\"", edits);
    }

    private static @Nullable Fix hostFix(Shapes.Provider p, Member host) {
        if (Shapes.string(host.value()) == null) {
            return null;
        }
        if (p.object().has("baseUrl")) {
            String baseUrl = p.object().string("baseUrl");
            return host.value() instanceof dev.clawlint.core.tree.StringNode s && s.value().equals(baseUrl)
                    ? new Fix("Remove host (baseUrl says the same)", Edits.removeMember(p.object(), host)) : null;
        }
        return new Fix("Rename host to baseUrl", List.of(Edits.renameKey(host, "baseUrl")));
    }
}

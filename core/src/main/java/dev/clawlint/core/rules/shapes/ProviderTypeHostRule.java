package dev.clawlint.core.rules.shapes;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Backends;
import dev.clawlint.core.lint.FixBuilder;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
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
        ObjectNode root = target.root();
        for (ProviderEntries.Provider p : ProviderEntries.providers(root)) {
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
                    + (bad.size() > 1 ? "s: " : ": ") + Plain.quoted(bad) + ")";
            Member type = p.object().member("type");
            if (type != null) {
                // the same reading as the resolver's, so fix and resolve give the same api
                String api = type.value() instanceof StringNode word ? Backends.apiNamedByType(word.value()) : null;
                String use = api == null ? "\"api\" (the request adapter: \"ollama\", \"openai-completions\", ...)" : "\"api\": \"" + api + "\"";
                ctx.reportKey(JsonPointer.child(p.pointer(), "type"),
                        "\"type\" is not a provider key: " + rejected + ". Use " + use + " instead.",
                        typeFix(ctx, p, type, api));
            }
            Member host = p.object().member("host");
            if (host != null) {
                ctx.reportKey(JsonPointer.child(p.pointer(), "host"),
                        "\"host\" is not a provider key: " + rejected + ", and the provider has no server address. Use"
                                + " \"baseUrl\" instead.", hostFix(ctx, p, host));
            }
        }
    }

    private static @Nullable Fix typeFix(RuleContext ctx, ProviderEntries.Provider p, Member type, @Nullable String api) {
        if (api == null) {
            return null;
        }
        String at = JsonPointer.child(p.pointer(), "type");
        String existing = p.object().string("api");
        if (existing != null) {
            // the provider already says which adapter: type can go only when it says the same
            return existing.equals(api) ? ctx.fix("Remove type (api is already \"" + api + "\")").removeMember(at).build() : null;
        }
        if (p.object().has("api")) {
            return null;
        }
        FixBuilder fix = ctx.fix("Replace type with \"api\": \"" + api + "\"").renameKey(at, "api");
        boolean same = type.value() instanceof StringNode word && word.value().equals(api);
        return (same ? fix : fix.replaceString(at, api)).build();
    }

    private static @Nullable Fix hostFix(RuleContext ctx, ProviderEntries.Provider p, Member host) {
        if (!(host.value() instanceof StringNode value)) {
            return null;
        }
        String at = JsonPointer.child(p.pointer(), "host");
        if (p.object().has("baseUrl")) {
            return value.value().equals(p.object().string("baseUrl"))
                    ? ctx.fix("Remove host (baseUrl says the same)").removeMember(at).build() : null;
        }
        return ctx.fix("Rename host to baseUrl").renameKey(at, "baseUrl").build();
    }
}

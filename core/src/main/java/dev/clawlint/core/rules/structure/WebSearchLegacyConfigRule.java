package dev.clawlint.core.rules.structure;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.FixBuilder;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.schema.ReleaseChecks;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Legacy web_search provider configuration under {@code tools.web.search} ({@code brave: {apiKey}}, and from 2026.8 a
 * bare {@code apiKey}), which OpenClaw's {@code ToolsWebSearchSchema} rejects although its exported JSON Schema accepts
 * any key there. Which keys, and from which release, is the release's data ({@link ReleaseChecks#webSearchLegacy()}).
 * The fix moves the block to {@code plugins.entries.<plugin>.config.webSearch}, as {@code openclaw doctor --fix} does.
 */
@RuleInfo(id = "web-search-legacy-config", severity = Severity.ERROR, category = Category.STRUCTURE, fixable = true,
        summary = "Legacy tools.web.search provider config that OpenClaw wants under plugins.entries.<plugin>.config.webSearch")
public final class WebSearchLegacyConfigRule implements Rule {
    private static final String SEARCH = "/tools/web/search";

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ReleaseChecks checks = ReleaseChecks.of(target.target());
        ReleaseChecks.WebSearchLegacy legacy = checks.webSearchLegacy();
        ObjectNode tools = target.root().object("tools");
        ObjectNode web = tools == null ? null : tools.object("web");
        ObjectNode search = web == null ? null : web.object("search");
        if (legacy == null || search == null) {
            return;
        }
        String selected = search.string("provider");
        for (Member m : search.effectiveMembers()) {
            String key = m.key();
            boolean anyValue = legacy.anyValueKeys().contains(key);
            if (!anyValue && !(legacy.providerKeys().contains(key) && m.value() instanceof ObjectNode)) {
                continue;
            }
            // where the doctor moves it: a provider block to its owner plugin, a bare apiKey to the plugin the doctor names
            // (else the selected provider's)
            String plugin = anyValue ? legacy.apiKeyPlugin() != null ? legacy.apiKeyPlugin()
                    : selected == null ? null : pluginOf(checks, legacy, selected.trim()) : pluginOf(checks, legacy, key);
            boolean doctor = !legacy.owners().isEmpty();
            String pointer = SEARCH + "/" + key;
            String where = "plugins.entries." + (plugin == null ? "<plugin>" : plugin) + ".config.webSearch"
                    + (anyValue ? "." + key : "");
            String message = "tools.web.search." + key + " is legacy web_search provider config: OpenClaw " + target.target()
                    + " rejects the config (\"" + legacy.message() + "\"). Move it to " + where
                    + (plugin == null ? " (the plugin of the web_search provider you use)" : "")
                    + (doctor ? "; openclaw doctor --fix does the same." : ".");
            ctx.reportKey(pointer, message, plugin == null ? null : fix(ctx, m, pointer, plugin, anyValue));
        }
    }

    private static @Nullable String pluginOf(ReleaseChecks checks, ReleaseChecks.WebSearchLegacy legacy, String provider) {
        ReleaseChecks.WebSearchProviders providers = checks.webSearchProviders();
        String owner = legacy.owners().get(provider);
        String plugin = owner != null ? owner : providers == null ? null : providers.pluginOf(provider);
        return plugin == null || plugin.isEmpty() ? null : plugin;
    }

    private static @Nullable Fix fix(RuleContext ctx, Member member, String pointer, String plugin, boolean anyValue) {
        Object moved = FixBuilder.asWritten(member.value());
        Map<String, Object> webSearch = new LinkedHashMap<>();
        if (anyValue) {
            webSearch.put(member.key(), moved);
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("webSearch", anyValue ? webSearch : moved);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("config", config);
        Map<String, Object> entries = new LinkedHashMap<>();
        entries.put(plugin, entry);
        Map<String, Object> plugins = new LinkedHashMap<>();
        plugins.put("entries", entries);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("plugins", plugins);
        return ctx.fix("Move tools.web.search." + member.key() + " to plugins.entries." + plugin + ".config.webSearch")
                .removeMember(pointer).merge("", tree).build();
    }
}

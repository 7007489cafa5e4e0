package dev.clawlint.core.rules.structure;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.schema.ReleaseChecks;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * {@code tools.web.search.provider} naming a provider the gateway does not have: OpenClaw's validator (its
 * {@code validateWebSearchProvider}) accepts the providers of its bundled plugins, and the providers of the official
 * external plugins only when the config names the plugin ({@code plugins.allow}, {@code plugins.entries},
 * {@code plugins.installs}) or it is installed; an id it does not know at all is an error too. The provider lists are
 * the release's data ({@link ReleaseChecks#webSearchProviders()}); a release without the check gets no finding.
 */
@RuleInfo(id = "web-search-provider", severity = Severity.ERROR, category = Category.STRUCTURE,
        summary = "tools.web.search.provider names a web_search provider the release does not have without its plugin")
public final class WebSearchProviderRule implements Rule {
    private static final String POINTER = "/tools/web/search/provider";

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ReleaseChecks.WebSearchProviders providers = ReleaseChecks.of(target.target()).webSearchProviders();
        ObjectNode tools = target.root().object("tools");
        ObjectNode web = tools == null ? null : tools.object("web");
        ObjectNode search = web == null ? null : web.object("search");
        if (providers == null || search == null || !(search.get("provider") instanceof StringNode written)) {
            return;
        }
        String provider = written.value().trim();
        String release = "OpenClaw " + target.target();
        if (provider.isEmpty()) {
            ctx.report(POINTER, "tools.web.search.provider is empty: " + release + " rejects the config (\"web_search provider"
                    + " must not be empty\"). Name a provider (" + String.join(", ", known(providers)) + ") or remove the key.");
            return;
        }
        if (providers.bundled().containsKey(provider)) {
            return;
        }
        ObjectNode plugins = target.root().object("plugins");
        String plugin = providers.installCatalog().get(provider);
        if (plugin != null) {
            if (!namesPlugin(plugins, provider, plugin)) {
                ctx.report(POINTER, "web_search provider \"" + provider + "\" comes with the external plugin \"" + plugin
                        + "\", which the config does not name: " + release + " rejects the config unless that plugin is"
                        + " installed on the gateway's machine (\"web_search provider is not available: " + provider
                        + " (install or enable plugin \\\"" + plugin + "\\\", then run openclaw doctor --fix)\"). Install it"
                        + " (openclaw plugins install " + plugin + ") and enable it under plugins.entries." + plugin
                        + ", or use a bundled provider (" + String.join(", ", providers.bundled().keySet()) + ").");
            }
            return;
        }
        if (!namesPlugin(plugins, provider, provider)) {
            ctx.report(POINTER, "Unknown web_search provider \"" + provider + "\": " + release + " rejects the config"
                    + " (\"unknown web_search provider: " + provider + "\"). Use one it knows: " + String.join(", ", known(providers))
                    + ".");
        }
    }

    private static List<String> known(ReleaseChecks.WebSearchProviders providers) {
        TreeSet<String> all = new TreeSet<>(providers.bundled().keySet());
        all.addAll(providers.installCatalog().keySet());
        return new ArrayList<>(all);
    }

    /** OpenClaw's "plugin evidence": the plugin or provider id in plugins.allow, or a key of plugins.entries/installs. */
    private static boolean namesPlugin(@Nullable ObjectNode plugins, String provider, String plugin) {
        if (plugins == null) {
            return false;
        }
        List<String> ids = List.of(normal(provider), normal(plugin));
        if (plugins.get("allow") instanceof ArrayNode allow) {
            for (Node n : allow.elements()) {
                if (n instanceof StringNode s && ids.contains(normal(s.value()))) {
                    return true;
                }
            }
        }
        for (String section : List.of("entries", "installs")) {
            ObjectNode o = plugins.object(section);
            if (o != null && o.members().stream().anyMatch(m -> ids.contains(normal(m.key())))) {
                return true;
            }
        }
        return false;
    }

    private static String normal(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }
}

package dev.clawlint.core.resolve;

import dev.clawlint.core.knowledge.Secrets;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.tree.Document;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.util.JsNumbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Resolves one model row: its own fields, what it inherits from its provider, and the defaults
 * OpenClaw materializes at load (docs/openclaw/models-and-providers.md#defaults).
 */
final class ModelResolver {
    private static final double DEFAULT_MAX_TOKENS = 8192;
    private static final List<String> COST_KINDS = List.of("input", "output", "cacheRead", "cacheWrite");

    private final Document doc;
    private final TargetVersion target;
    private final Values values;

    ModelResolver(Document doc, TargetVersion target, Values values) {
        this.doc = doc;
        this.target = target;
        this.values = values;
    }

    /**
     * @param inherited what the provider hands down
     * @param id the model id (written in the row, or the object-map key)
     * @param row the row
     * @param fromKey for an object-map row, the origin of its key (which becomes id and name); else null
     */
    EffectiveModel resolve(ProviderResolver.ModelDefaults inherited, String id, ObjectNode row, @Nullable Origin fromKey) {
        Valued<String> name = values.string(row, "name");
        if (name == null && fromKey != null) {
            name = Valued.of(id, fromKey);
        }
        Valued<String> api = values.string(row, "api");
        if (api == null) {
            api = inherited.api();
        }
        Valued<String> baseUrl = values.string(row, "baseUrl");
        if (baseUrl == null) {
            baseUrl = inherited.baseUrl();
        }

        Valued<Double> contextWindow = values.number(row, "contextWindow");
        if (contextWindow == null) {
            contextWindow = inherited.contextWindow();
        }
        double defaultWindow = ReleaseModelDefaults.contextWindow(target);
        if (contextWindow == null && !target.atLeast(TargetVersion.UNSET_CONTEXT_WINDOW_STAYS_UNSET)) {
            contextWindow = values.byDefault(defaultWindow, JsNumbers.toString(defaultWindow)
                    + ": contextWindow is materialized at load when not written");
        }
        Valued<Double> budget = contextWindow != null ? contextWindow
                : values.byDefault(defaultWindow, ReleaseModelDefaults.contextWindowReason(target));
        Valued<Double> contextTokens = values.number(row, "contextTokens");
        if (contextTokens == null) {
            contextTokens = inherited.contextTokens();
        }

        Valued<Double> maxTokens = values.number(row, "maxTokens");
        if (maxTokens == null) {
            Valued<Double> providerMax = inherited.maxTokens();
            double cap = providerMax != null ? providerMax.value() : DEFAULT_MAX_TOKENS;
            double window = budget.value();
            maxTokens = values.byDefault(Math.min(cap, window), JsNumbers.toString(Math.min(cap, window)) + " = min(provider maxTokens"
                    + (providerMax != null ? " " + JsNumbers.toString(providerMax.value()) : " unset, so 8192")
                    + ", contextWindow " + (contextWindow != null ? JsNumbers.toString(window) : "unset, so " + JsNumbers.toString(window)) + ")");
        }

        Valued<Boolean> reasoning = values.bool(row, "reasoning");
        if (reasoning == null) {
            reasoning = values.byDefault(false, "false: a model row is not a reasoning model unless it says so");
        }
        Valued<List<String>> input = values.strings(row, "input");
        if (input == null) {
            input = values.byDefault(List.of("text"), "[\"text\"]: a model row takes text only unless it lists other inputs");
        }

        Map<String, Valued<Double>> cost = new LinkedHashMap<>();
        ObjectNode writtenCost = row.object("cost");
        for (String kind : COST_KINDS) {
            Valued<Double> c = writtenCost == null ? null : values.number(writtenCost, kind);
            cost.put(kind, c != null ? c : values.byDefault(0.0, "0: no cost is counted for a model row that writes none"));
        }

        Map<String, Valued<Node>> compat = new LinkedHashMap<>(inherited.compat());
        ObjectNode writtenCompat = row.object("compat");
        if (writtenCompat != null) {
            compat.putAll(members(writtenCompat));
        }
        ObjectNode writtenParams = row.object("params");
        Map<String, Valued<Node>> params = writtenParams == null ? Map.of() : members(writtenParams);

        String pointer = doc.pointerOf(row);
        Origin idOrigin = fromKey != null ? fromKey
                : row.get("id") instanceof dev.clawlint.core.tree.StringNode written ? Origins.of(doc, written)
                : new Origin.Written(pointer, row.span());
        return new EffectiveModel(inherited.providerId(), id, pointer, name, api, baseUrl, contextWindow, budget,
                contextTokens, maxTokens, reasoning, input, cost, params, compat, idOrigin);
    }

    private Map<String, Valued<Node>> members(ObjectNode o) {
        Map<String, Valued<Node>> out = new LinkedHashMap<>();
        for (Member m : o.effectiveMembers()) {
            boolean secret = values.containsSecret(m.value())
                    || Secrets.isSecretKey(m.key()) && !(m.value() instanceof NumberNode);
            out.put(m.key(), new Valued<>(m.value(), Origins.of(doc, m.value()), secret));
        }
        return out;
    }
}

package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Backend;
import dev.clawlint.core.knowledge.BuiltInProviders;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.FixBuilder;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.JsonPointer;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A reasoning model whose system prompt OpenClaw sends as the {@code developer} role to an endpoint that is not
 * OpenAI's: OpenAI-compatible servers that know only {@code system}/{@code user}/{@code assistant}/{@code tool}
 * answer 400 ("developer is not one of ..."). OpenClaw sends {@code developer} for a model with
 * {@code reasoning: true} through {@code openai-responses} on every release, and through {@code openai-completions}
 * before 2026.4 (from 2026.4 only when {@code compat.supportsDeveloperRole} is written true), unless
 * {@code compat.supportsDeveloperRole} is {@code false} (docs/openclaw/releases.md#20264).
 */
@RuleInfo(
        id = "developer-role-unsupported",
        severity = Severity.INFO,
        category = Category.LOCAL_MODELS,
        summary = "A reasoning model on a non-OpenAI endpoint that OpenClaw sends the developer role, without supportsDeveloperRole false",
        fixable = true)
public final class DeveloperRoleUnsupportedRule implements Rule {
    private static final String FLAG = "supportsDeveloperRole";
    /** Hosts OpenClaw already gives {@code system} on every release (its "non-standard" list, read from 2026.2 to 2026.9). */
    private static final List<String> ALREADY_SYSTEM = List.of("cerebras.ai", "api.x.ai", "chutes.ai", "deepseek.com",
            "api.z.ai", "opencode.ai");
    /** Hosts that translate the developer role for the model behind them (OpenRouter's OpenAI-compatible API). */
    private static final List<String> ACCEPT_DEVELOPER = List.of("openrouter.ai");
    /** OpenAI's own models (not the open-weights gpt-oss), which a proxy forwards to OpenAI, where the role is native. */
    private static final Pattern OPENAI_MODEL = Pattern.compile("(gpt-(?!oss)|o[1-9]($|[-.])|codex).*");

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        boolean completionsSendsSystem = target.target().atLeast(TargetVersion.SYSTEM_ROLE_FOR_CUSTOM_ENDPOINTS);
        for (EffectiveProvider p : target.effective().providers().values()) {
            if (!notOpenAi(p)) {
                continue;
            }
            for (EffectiveModel m : p.models()) {
                Boolean flag = flag(m);
                String api = Valued.valueOrNull(m.api());
                if (!m.reasoning().value() || Boolean.FALSE.equals(flag) || api == null || openAiModel(m)) {
                    continue;
                }
                String how;
                if (api.equals(ResponsesApiLocalBackendRule.RESPONSES)) {
                    // on a self-hosted server, the adapter itself is the finding (responses-api-local-backend)
                    if (ResponsesApiLocalBackendRule.server(p) != null) {
                        continue;
                    }
                    how = "through \"openai-responses\"";
                } else if (api.equals("openai-completions") && (Boolean.TRUE.equals(flag) || !completionsSendsSystem)) {
                    how = Boolean.TRUE.equals(flag) ? "because its compat.supportsDeveloperRole is true"
                            : "through \"openai-completions\" on OpenClaw " + target.target() + " (2026.4 and later send "
                                    + "\"system\" to such an endpoint)";
                } else {
                    continue;
                }
                ctx.reportModel(m, "\"" + m.ref() + "\" has \"reasoning\": true, so OpenClaw sends its system prompt in "
                        + "the \"developer\" role " + how + " to " + where(p) + ", which is not OpenAI: servers that know only "
                        + "system/user/assistant/tool answer 400 \"developer is not one of ...\" "
                        + "(https://github.com/openclaw/openclaw/issues/27037). If this server rejects it, set "
                        + "\"compat\": { \"" + FLAG + "\": false } on the model.", fix(target, ctx, m, flag));
            }
        }
    }

    /** Whether the model id names one of OpenAI's own models ({@code gpt-5.4}, {@code o3-mini}, {@code gpt-5.3-codex}). */
    private static boolean openAiModel(EffectiveModel m) {
        String id = m.id().toLowerCase(Locale.ROOT);
        return OPENAI_MODEL.matcher(id.substring(id.lastIndexOf('/') + 1)).matches();
    }

    /** The endpoint, for the message: the server clawlint recognises, else the host. */
    private static String where(EffectiveProvider p) {
        String host = String.valueOf(Hosts.host(Valued.valueOrNull(p.baseUrl())));
        return p.backend().isSelfHosted() && p.backend() != Backend.CUSTOM ? p.backend().displayName() + " at " + host : host;
    }

    /** The model's written {@code compat.supportsDeveloperRole}, or null when it has none (or not a boolean). */
    private static @Nullable Boolean flag(EffectiveModel m) {
        Valued<Node> v = m.compat().get(FLAG);
        Node node = v == null ? null : v.value();
        return node instanceof BooleanNode b ? b.value() : null;
    }

    /** Whether the provider's requests go somewhere other than OpenAI (or Azure OpenAI) and not to a host that already gets {@code system}. */
    private static boolean notOpenAi(EffectiveProvider p) {
        String url = Valued.valueOrNull(p.baseUrl());
        String host = Hosts.host(url);
        if (host == null || !Valued.isWritten(p.baseUrl()) && !p.local()) {
            // a built-in hosted provider on its own endpoint: OpenClaw knows what it accepts
            return false;
        }
        if (host.equals("api.openai.com") || host.endsWith(".openai.azure.com") || p.isOllamaServer()) {
            return false;
        }
        for (String h : ACCEPT_DEVELOPER) {
            if (host.equals(h) || host.endsWith("." + h)) {
                return false;
            }
        }
        for (String h : ALREADY_SYSTEM) {
            if (host.equals(h) || host.endsWith("." + h)) {
                return false;
            }
        }
        return !BuiltInProviders.normalize(p.id()).equals("openai");
    }

    private static @Nullable Fix fix(LintTarget target, RuleContext ctx, EffectiveModel m, @Nullable Boolean flag) {
        String row = m.pointer();
        if (row == null) {
            return null;
        }
        FixBuilder fix = ctx.fix("Set compat." + FLAG + " to false on " + m.ref());
        if (Boolean.TRUE.equals(flag)) {
            return fix.replaceValue(Valued.pointerOf(m.compat().get(FLAG)), false).build();
        }
        String compat = JsonPointer.child(row, "compat");
        Node written = target.document().node(compat);
        if (written == null) {
            return fix.insertMember(row, "compat", Map.of(FLAG, false)).build();
        }
        return written instanceof ObjectNode ? fix.insertMember(compat, FLAG, false).build() : null;
    }
}

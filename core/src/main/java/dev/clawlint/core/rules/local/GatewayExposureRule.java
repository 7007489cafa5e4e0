package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.tree.BooleanNode;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The gateway opened beyond this machine without auth, and the hooks ingress sharing the gateway's token.
 * A {@code gateway.bind} outside the release's enum ({@code "0.0.0.0"}) is {@code invalid-value}'s finding; this rule
 * reads such a value only for what the user meant by it (every interface), to say what the auth will do then.
 */
@RuleInfo(
        id = "gateway-exposure",
        severity = Severity.ERROR,
        category = Category.LOCAL_MODELS,
        summary = "A gateway bound beyond loopback without auth, or hooks.token equal to the gateway's token")
public final class GatewayExposureRule implements Rule {
    private static final String AUTH_MODE = "/gateway/auth/mode";
    private static final String HOOKS_TOKEN = "/hooks/token";

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        ObjectNode gateway = target.root().object("gateway");
        ObjectNode auth = gateway == null ? null : gateway.object("auth");
        String mode = auth == null ? null : auth.string("mode");
        if (gateway != null && "none".equals(mode)) {
            String exposed = exposure(gateway);
            if (exposed != null) {
                ctx.report(AUTH_MODE, "gateway.auth.mode is \"none\" while " + exposed + ": OpenClaw refuses to start "
                        + "(\"Refusing to bind gateway to ... without auth.\", exit 78; "
                        + "https://github.com/openclaw/openclaw/issues/97970). Set gateway.auth.mode to \"token\" with "
                        + "gateway.auth.token: \"${OPENCLAW_GATEWAY_TOKEN}\" (or \"password\"), or bind \"loopback\".");
            }
        }
        checkHooksToken(target, ctx, auth, mode);
    }

    /** Why the gateway listens beyond this machine, or null when it stays on loopback (or may, by the machine). */
    private static @Nullable String exposure(ObjectNode gateway) {
        String bind = gateway.string("bind");
        if (bind == null) {
            return null;
        }
        String host = bind.trim();
        switch (host) {
            case "lan":
                return "gateway.bind is \"lan\" (every interface, 0.0.0.0)";
            case "tailnet":
                return "gateway.bind is \"tailnet\" (the machine's Tailscale address)";
            case "custom": {
                String custom = gateway.string("customBindHost");
                return custom == null || custom.isBlank() || !isLoopback(custom)
                        ? "gateway.bind is \"custom\" (" + (custom == null || custom.isBlank() ? "no customBindHost: 0.0.0.0"
                                : "customBindHost " + custom.trim()) + ")"
                        : null;
            }
            case "loopback":
            case "auto":
                return null;
            default:
                // not a value of the enum (invalid-value reports it); an address says what the user meant
                return looksLikeAddress(host) && !isLoopback(host)
                        ? "gateway.bind \"" + host + "\" means listening beyond this machine (bind \"lan\" once it is valid)"
                        : null;
        }
    }

    private static void checkHooksToken(LintTarget target, RuleContext ctx, @Nullable ObjectNode auth, @Nullable String mode) {
        ObjectNode hooks = target.root().object("hooks");
        if (hooks == null || auth == null || !(hooks.get("enabled") instanceof BooleanNode enabled) || !enabled.value()) {
            return;
        }
        String hooksToken = literal(hooks.get("token"));
        boolean tokenMode = mode == null || "token".equals(mode);
        boolean warnsOnly = target.target().atLeast(TargetVersion.HOOKS_TOKEN_REUSE_ONLY_WARNS);
        String secretKey = tokenMode ? "token" : warnsOnly && ("password".equals(mode) || "trusted-proxy".equals(mode))
                ? "password" : null;
        String gatewaySecret = secretKey == null ? null : literal(auth.get(secretKey));
        if (hooksToken == null || hooksToken.isEmpty() || !hooksToken.equals(gatewaySecret)) {
            return;
        }
        String consequence = warnsOnly
                ? "OpenClaw " + target.target() + " starts but warns that a leaked hook token opens the whole gateway API"
                : "OpenClaw " + target.target() + " refuses to start (\"Invalid config: hooks.token must not match gateway "
                        + "auth token\"; https://github.com/techartdev/OpenClawHomeAssistant/issues/68)";
        ctx.report(warnsOnly ? Severity.WARNING : Severity.ERROR, HOOKS_TOKEN, false,
                "hooks.token is the same secret as gateway.auth." + secretKey + ": " + consequence
                        + ". Give the hooks their own token (\"${OPENCLAW_HOOKS_TOKEN}\"), then update the hook senders.",
                null);
    }

    /** A string value as OpenClaw compares it (trimmed), or null when it is not a string. */
    private static @Nullable String literal(@Nullable Node node) {
        return node instanceof StringNode s ? s.value().trim() : null;
    }

    private static boolean looksLikeAddress(String host) {
        return host.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*|localhost");
    }

    private static boolean isLoopback(String host) {
        String h = host.trim();
        return Hosts.classify("http://" + (h.contains(":") ? "[" + h + "]" : h)) == Hosts.Kind.LOOPBACK && !h.equals("0.0.0.0");
    }
}

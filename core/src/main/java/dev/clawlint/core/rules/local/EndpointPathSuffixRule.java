package dev.clawlint.core.rules.local;

import dev.clawlint.core.finding.Category;
import dev.clawlint.core.finding.Fix;
import dev.clawlint.core.finding.RuleInfo;
import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.Hosts;
import dev.clawlint.core.lint.LintTarget;
import dev.clawlint.core.lint.Rule;
import dev.clawlint.core.lint.RuleContext;
import dev.clawlint.core.resolve.EffectiveModel;
import dev.clawlint.core.resolve.EffectiveProvider;
import dev.clawlint.core.resolve.Valued;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A {@code baseUrl} that already names the endpoint ({@code /chat/completions}, {@code /completions},
 * {@code /responses}, {@code /messages}): OpenClaw's adapters append that path to the base URL, so the
 * request goes to {@code .../chat/completions/chat/completions} and the server answers 404 or an HTML page.
 */
@RuleInfo(
        id = "endpoint-path-suffix",
        severity = Severity.ERROR,
        category = Category.LOCAL_MODELS,
        summary = "A baseUrl that ends in the endpoint path (/chat/completions, /completions, /responses, /messages) OpenClaw appends itself",
        fixable = true)
public final class EndpointPathSuffixRule implements Rule {
    /** Longest first, so {@code /chat/completions} is stripped whole. The Anthropic SDK appends {@code /v1/messages}. */
    private static final List<String> SUFFIXES = List.of("/v1/messages", "/chat/completions", "/completions", "/responses", "/messages");

    @Override
    public void check(LintTarget target, RuleContext ctx) {
        for (EffectiveProvider p : target.effective().providers().values()) {
            check(ctx, "Provider \"" + p.id() + "\"", p.baseUrl(), Valued.valueOrNull(p.api()));
            for (EffectiveModel m : p.models()) {
                // a row's own baseUrl; one inherited from the provider is reported there
                if (!Objects.equals(Valued.pointerOf(m.baseUrl()), Valued.pointerOf(p.baseUrl()))) {
                    check(ctx, "Model \"" + m.ref() + "\"", m.baseUrl(), Valued.valueOrNull(m.api()));
                }
            }
        }
    }

    private static void check(RuleContext ctx, String who, @Nullable Valued<String> baseUrl, @Nullable String api) {
        String url = Valued.valueOrNull(baseUrl);
        String at = Valued.pointerOf(baseUrl);
        String suffix = suffix(url, api);
        if (url == null || at == null || suffix == null) {
            return;
        }
        String base = strip(url, suffix);
        String appended = appendedPath(api, suffix);
        @Nullable Fix fix = ctx.fix("Remove " + suffix + " from the base URL").replaceString(at, base).build();
        ctx.report(at, who + " has baseUrl " + url + ", which already ends in the endpoint path " + suffix
                + ": OpenClaw appends the path for " + (api == null ? "its adapter" : "\"" + api + "\"") + " itself, so requests go to "
                + "..." + suffix + appended + " and the server answers 404 or an HTML page instead of a reply. Use the base URL "
                + base + ".", fix);
    }

    /**
     * The endpoint path a base URL ends in, or null when it ends in none (or carries a query, which
     * only a proxy that expects it would have). {@code /v1/messages} counts as one suffix only for the
     * Anthropic adapter, whose SDK appends all of it; elsewhere {@code /messages} is stripped alone.
     */
    static @Nullable String suffix(@Nullable String url, @Nullable String api) {
        if (url == null || url.contains("${") || url.contains("?") || url.contains("#") || Hosts.host(url) == null) {
            return null;
        }
        String path = Hosts.path(url).toLowerCase(Locale.ROOT);
        for (String s : SUFFIXES) {
            if (s.equals("/v1/messages") && !"anthropic-messages".equals(api)) {
                continue;
            }
            if (path.endsWith(s)) {
                return s;
            }
        }
        return null;
    }

    /** The path OpenClaw's adapter for this api appends to the base URL. */
    private static String appendedPath(@Nullable String api, String suffix) {
        if (api == null) {
            return suffix;
        }
        return switch (api) {
            case "openai-completions" -> "/chat/completions";
            case "openai-responses" -> "/responses";
            case "anthropic-messages" -> "/v1/messages";
            case "ollama" -> "/api/chat";
            default -> suffix;
        };
    }

    /** Whether a base URL ends in an endpoint path OpenClaw appends (for the rules that add to a path). */
    static boolean endsInEndpointPath(@Nullable String url) {
        return suffix(url, null) != null;
    }

    /** The URL without the suffix (and without trailing slashes). */
    static String strip(String url, String suffix) {
        String u = url;
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        u = u.substring(0, u.length() - suffix.length());
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}

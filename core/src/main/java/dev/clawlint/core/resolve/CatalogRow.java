package dev.clawlint.core.resolve;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of the model catalogue an agent sees, as {@code openclaw models list --json} lists it offline
 * (docs/openclaw/model-resolution.md#the-two-commands-and-their-fields).
 *
 * @param key {@code provider/model}
 * @param name the row's name, else its id
 * @param input the input kinds joined with {@code +} ({@code text+image}); {@code -} for an allowlisted ref
 *     without a configured row
 * @param contextWindow the row's window, else the release's default; null for an allowlisted ref without a
 *     configured row (OpenClaw takes it from a bundled catalogue when it has one)
 * @param contextWindowOrigin where the window came from, or null with no window
 * @param local whether the endpoint is loopback or {@code .local}; null without an endpoint or row
 * @param tags {@code default}, {@code fallback#N}, {@code configured}, {@code alias:<alias>}
 * @param model the configured row, or null for an allowlisted ref without one
 */
public record CatalogRow(
        String key,
        String name,
        String input,
        @Nullable Double contextWindow,
        @Nullable Origin contextWindowOrigin,
        @Nullable Boolean local,
        List<String> tags,
        @Nullable EffectiveModel model) {

    /** Copies the tags. */
    public CatalogRow {
        tags = List.copyOf(tags);
    }
}

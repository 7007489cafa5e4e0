package dev.clawlint.core.knowledge;

import dev.clawlint.core.util.JsNumbers;
import dev.clawlint.core.util.Regex;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A model's parameter count, read from its id or name the way model libraries write it:
 * {@code qwen3:32b}, {@code llama3.3:70b}, {@code Qwen2.5-7B-Instruct}, {@code 1.5b},
 * mixture-of-experts as {@code 8x7b} (eight experts of 7B) or {@code 30b-a3b} (30B total, 3B active).
 *
 * @param totalBillions every parameter, in billions (what the weights cost in memory)
 * @param activeBillions the parameters used per token for a mixture of experts, or null for a dense model
 */
public record ModelSize(double totalBillions, @Nullable Double activeBillions) {
    // a size token stands alone: "32b" in "qwen3:32b" or "Qwen2.5-32B-Instruct", never "b" inside a word
    private static final Pattern EXPERTS = Pattern.compile("(?<![a-z0-9.])(\\d{1,3})x(\\d{1,4}(?:\\.\\d+)?)b(?![a-z0-9])");
    private static final Pattern SIZE = Pattern.compile("(?<![a-z0-9.])(\\d{1,4}(?:\\.\\d+)?)([bm])(?![a-z0-9])");
    private static final Pattern ACTIVE = Pattern.compile("(?<![a-z0-9.])a(\\d{1,4}(?:\\.\\d+)?)b(?![a-z0-9])");

    /**
     * Reads the size from a model id or name, if it says one.
     *
     * @param text an id such as {@code ollama/qwen3:30b-a3b} or a name such as {@code Llama 3.3 70B}
     */
    public static Optional<ModelSize> parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        Double active = null;
        Matcher a = ACTIVE.matcher(t);
        if (a.find()) {
            active = Double.valueOf(Regex.group(a, 1));
        }
        Matcher e = EXPERTS.matcher(t);
        if (e.find()) {
            double experts = Double.parseDouble(Regex.group(e, 1));
            double each = Double.parseDouble(Regex.group(e, 2));
            // Mixtral-style ids name experts x size; two experts route each token
            return Optional.of(new ModelSize(experts * each, active != null ? active : Math.min(experts, 2) * each));
        }
        Matcher s = SIZE.matcher(t);
        while (s.find()) {
            double value = Double.parseDouble(Regex.group(s, 1));
            double billions = Regex.group(s, 2).equals("m") ? value / 1000 : value;
            if (billions <= 0) {
                continue;
            }
            return Optional.of(new ModelSize(billions, active));
        }
        return Optional.empty();
    }

    /** Whether only part of the weights work on each token. */
    public boolean isMixtureOfExperts() {
        return activeBillions != null;
    }

    /** How users read it: {@code 32B}, {@code 30B (3B active)}. */
    public String describe() {
        String total = JsNumbers.toString(totalBillions) + "B";
        Double active = activeBillions;
        return active == null ? total : total + " (" + JsNumbers.toString(active) + "B active)";
    }
}

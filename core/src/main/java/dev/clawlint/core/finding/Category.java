package dev.clawlint.core.finding;

/** The sections of the rule catalogue ({@code clawlint rules}, docs/rules/). */
public enum Category {
    /** Emitted while reading the file: syntax, encoding, includes, environment. */
    READING("reading"),
    /** What OpenClaw's strict schema rejects. */
    STRUCTURE("structure"),
    /** Shapes the local-models guide teaches that OpenClaw does not accept. */
    GUIDE_SHAPES("guide-shapes"),
    /** What the guide teaches about running local models well. */
    LOCAL_MODELS("local-models");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The name shown by {@code clawlint rules}. */
    public String label() {
        return label;
    }
}

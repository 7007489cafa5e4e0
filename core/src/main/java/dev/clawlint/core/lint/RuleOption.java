package dev.clawlint.core.lint;

import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.NumberNode;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A setting a rule reads, declared once by the rule ({@link Rule#options()}) and set by a team in its settings file:
 * {@code "small-model-tool-use": ["warning", { minBillions: 8 }]}. The declaration is the option's whole definition:
 * its name, what it means, its default, how the settings file writes it, and its JSON Schema.
 *
 * @param <T> the value's type: {@link Double}, a list of host names, or host names to numbers
 */
public final class RuleOption<T> {
    /** How an option is written. */
    public enum Kind {
        /** A number of at least 0. */
        NUMBER,
        /** A list of host names (compared without case). */
        HOSTS,
        /** Host names (compared without case) to numbers of at least 0. */
        HOST_NUMBERS
    }

    private final String name;
    private final String description;
    private final Kind kind;
    private final T defaultValue;

    private RuleOption(String name, String description, Kind kind, T defaultValue) {
        this.name = name;
        this.description = description;
        this.kind = kind;
        this.defaultValue = defaultValue;
    }

    /** A number of at least 0, with its default. */
    public static RuleOption<Double> number(String name, double defaultValue, String description) {
        return new RuleOption<>(name, description, Kind.NUMBER, defaultValue);
    }

    /** A list of host names, empty by default. */
    public static RuleOption<List<String>> hosts(String name, String description) {
        return new RuleOption<>(name, description, Kind.HOSTS, List.of());
    }

    /** Host names to numbers, none by default. */
    public static RuleOption<Map<String, Double>> hostNumbers(String name, String description) {
        return new RuleOption<>(name, description, Kind.HOST_NUMBERS, Map.of());
    }

    /** The name the settings file writes. */
    public String name() {
        return name;
    }

    /** What it means, for the settings schema and the rule's page. */
    public String description() {
        return description;
    }

    /** How it is written. */
    public Kind kind() {
        return kind;
    }

    /** The value when no settings file sets it. */
    public T defaultValue() {
        return defaultValue;
    }

    /**
     * The value a settings file wrote, checked against the kind (host names lower-cased).
     *
     * @throws IllegalArgumentException saying what the option takes
     */
    public Object read(Node node) {
        switch (kind) {
            case NUMBER -> {
                return number(node, name + " is a number of at least 0");
            }
            case HOSTS -> {
                if (!(node instanceof ArrayNode list)) {
                    throw new IllegalArgumentException(name + " is a list of host names, e.g. [\"gpu-box.lan\"]");
                }
                List<String> hosts = new ArrayList<>();
                for (Node n : list.elements()) {
                    hosts.add(host(n));
                }
                return List.copyOf(hosts);
            }
            default -> {
                if (!(node instanceof ObjectNode object)) {
                    throw new IllegalArgumentException(name + " maps host names to numbers, e.g. { \"gpu-box.lan\": 24 }");
                }
                Map<String, Double> out = new LinkedHashMap<>();
                for (Member m : object.members()) {
                    out.put(m.key().toLowerCase(Locale.ROOT), number(m.value(), name + "." + m.key() + " is a number of at least 0"));
                }
                return Map.copyOf(out);
            }
        }
    }

    private static Double number(Node node, String expected) {
        if (!(node instanceof NumberNode n) || !Double.isFinite(n.value()) || n.value() < 0) {
            throw new IllegalArgumentException(expected);
        }
        return n.value();
    }

    private String host(Node node) {
        if (!(node instanceof StringNode s) || s.value().isBlank()) {
            throw new IllegalArgumentException(name + " lists host names as strings, e.g. \"gpu-box.lan\"");
        }
        return s.value().strip().toLowerCase(Locale.ROOT);
    }

    /** The value in {@code values} (as {@link #read} made it), or the default. */
    @SuppressWarnings("unchecked")
    T valueIn(Map<String, Object> values) {
        Object v = values.get(name);
        return v == null ? defaultValue : (T) v;
    }
}

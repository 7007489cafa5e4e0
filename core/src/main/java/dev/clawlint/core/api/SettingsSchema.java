package dev.clawlint.core.api;

import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.RuleOption;
import dev.clawlint.core.report.Reporters;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.util.json.JsonArray;
import dev.clawlint.core.util.json.JsonObject;
import dev.clawlint.core.util.json.JsonWriter;
import java.util.List;

/**
 * The JSON Schema of {@code .clawlint.json5} ({@code clawlint schema --settings}), so editors complete it: made from
 * the keys {@link SettingsFile} reads and from the rule catalogue (ids, severities, each rule's options), and held to
 * the reader's verdicts by SettingsSchemaTest.
 */
public final class SettingsSchema {
    private SettingsSchema() {}

    /** Where the settings file's schema is published (also {@code clawlint schema --settings}). */
    public static final String SCHEMA_ID = "https://clawlint.dev/schema/clawlint-settings.schema.json";

    /**
     * The JSON Schema of a settings file, made from what {@link SettingsFile#read} accepts and from the rule catalogue, so an editor
     * completes every key, rule id, severity and release this clawlint knows.
     */
    public static String schema() {
        JsonObject root = new JsonObject();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", SCHEMA_ID);
        root.put("title", "clawlint settings (.clawlint.json5)");
        root.put("description", "Rule severities, the OpenClaw release to judge against and per-glob overrides for"
                + " `clawlint check` and `clawlint fix`; the command line's --rule and --target win over it.");
        root.put("type", "object");
        JsonObject properties = root.putObject("properties");
        properties.putObject("$schema").put("type", "string");
        JsonObject format = properties.putObject("format");
        format.put("description", "The reports `clawlint check` writes when its command line names none (--format wins):"
                + " FORMAT or FORMAT=FILE, a file relative to this settings file; the one settings file of the run is"
                + " --config's, else the nearest above the working directory.");
        JsonArray shapes = format.putArray("oneOf");
        formatSpec(shapes.addObject());
        JsonObject list = shapes.addObject();
        list.put("type", "array");
        list.put("minItems", 1);
        formatSpec(list.putObject("items"));
        layerProperties(properties);
        JsonObject overrides = properties.putObject("overrides");
        overrides.put("description", "Other settings for the config files some globs match; later entries win.");
        overrides.put("type", "array");
        JsonObject override = overrides.putObject("items");
        override.put("type", "object");
        JsonObject overrideProperties = override.putObject("properties");
        JsonObject files = overrideProperties.putObject("files");
        files.put("description", "Globs relative to the settings file's folder, e.g. \"staging/**\".");
        files.put("type", "array");
        files.put("minItems", 1);
        files.putObject("items").put("type", "string");
        layerProperties(overrideProperties);
        override.putArray("required").add("files");
        override.put("additionalProperties", false);
        root.put("additionalProperties", false);
        return JsonWriter.pretty(root) + "\n";
    }

    /** {@code target} and {@code rules}, as the whole file and each override have them. */
    private static void layerProperties(JsonObject properties) {
        JsonObject target = properties.putObject("target");
        target.put("description", "The OpenClaw release line the gateway runs (\"latest\", or \"auto\" for the one that"
                + " last wrote each file).");
        JsonArray releases = target.putArray("enum");
        TargetVersion.SUPPORTED.forEach(v -> releases.add(v.toString()));
        releases.add("latest").add("auto");
        JsonObject rules = properties.putObject("rules");
        rules.put("description", "Severities per rule id (`clawlint rules` lists them): error, warning, info or off; or"
                + " [severity, { options }] for a rule with options (its page lists them).");
        rules.put("type", "object");
        JsonObject ids = rules.putObject("properties");
        for (RuleMeta meta : BuiltInRules.catalogue()) {
            JsonObject rule = ids.putObject(meta.id());
            rule.put("description", meta.summary() + " (default: " + meta.defaultSeverity().label() + ")");
            List<RuleOption<?>> declared = BuiltInRules.options(meta.id());
            JsonArray shapes = rule.putArray("oneOf");
            severities(shapes.addObject());
            JsonObject list = shapes.addObject();
            list.put("type", "array");
            list.put("minItems", 1);
            list.put("maxItems", declared.isEmpty() ? 1 : 2);
            JsonArray items = list.putArray("prefixItems");
            severities(items.addObject());
            if (!declared.isEmpty()) {
                JsonObject options = items.addObject();
                options.put("type", "object");
                JsonObject props = options.putObject("properties");
                for (RuleOption<?> option : declared) {
                    optionSchema(props.putObject(option.name()), option);
                }
                options.put("additionalProperties", false);
            }
            list.put("items", false);
        }
        rules.put("additionalProperties", false);
    }

    private static void formatSpec(JsonObject schema) {
        schema.put("type", "string");
        schema.put("pattern", "^(" + String.join("|", Reporters.NAMES) + ")(=.+)?$");
    }

    private static void severities(JsonObject schema) {
        schema.putArray("enum").add("error").add("warning").add("info").add("off");
    }

    private static void optionSchema(JsonObject schema, RuleOption<?> option) {
        schema.put("description", option.description());
        switch (option.kind()) {
            case NUMBER -> {
                schema.put("type", "number");
                schema.put("minimum", 0);
            }
            case HOSTS -> {
                schema.put("type", "array");
                JsonObject host = schema.putObject("items");
                host.put("type", "string");
                host.put("minLength", 1);
            }
            case HOST_NUMBERS -> {
                schema.put("type", "object");
                JsonObject number = schema.putObject("additionalProperties");
                number.put("type", "number");
                number.put("minimum", 0);
            }
        }
    }

}

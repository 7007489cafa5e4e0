package dev.clawlint.cli;

import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.util.json.JsonArray;
import dev.clawlint.core.util.json.JsonObject;
import dev.clawlint.core.util.json.JsonWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code clawlint rules}: every rule clawlint knows, with its severity, category and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  clawlint rules",
            "  clawlint rules --format json%n"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the list was printed",
            "2:usage error"},
        description = "List every rule: id, default severity, category, whether it can fix, and what it finds.")
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before call()
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text (default) or json.")
    String format = "text";

    @Override
    public Integer call() {
        List<RuleMeta> rules = BuiltInRules.catalogue();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case "text" -> out.print(table(rules) + "\n" + releases() + "\n");
            case "json" -> out.print(json(rules));
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "' (expected text or json)");
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    /** One line per rule, columns aligned. */
    static String table(List<RuleMeta> rules) {
        int idWidth = "RULE".length();
        int categoryWidth = "CATEGORY".length();
        for (RuleMeta r : rules) {
            idWidth = Math.max(idWidth, r.id().length());
            categoryWidth = Math.max(categoryWidth, r.category().label().length());
        }
        String row = "%-" + idWidth + "s  %-8s  %-" + categoryWidth + "s  %-3s  %s%n";
        StringBuilder sb = new StringBuilder(String.format(row, "RULE", "SEVERITY", "CATEGORY", "FIX", "SUMMARY"));
        for (RuleMeta r : rules) {
            sb.append(String.format(row, r.id(), r.defaultSeverity().label(), r.category().label(),
                    r.fixable() ? "yes" : "", r.summary()));
        }
        return sb.toString();
    }

    /** The releases every rule is judged for: "OpenClaw releases: 2026.2 (2026.2.21), ...". */
    static String releases() {
        return "OpenClaw releases (--target): " + TargetVersion.supportedList() + ". Default: the release that wrote"
                + " the file (meta.lastTouchedVersion), else " + TargetVersion.LATEST + ".";
    }

    /** The catalogue as a JSON array of objects. */
    static String json(List<RuleMeta> rules) {
        JsonArray array = new JsonArray();
        for (RuleMeta r : rules) {
            JsonObject o = array.addObject();
            o.put("id", r.id());
            o.put("severity", r.defaultSeverity().label());
            o.put("category", r.category().label());
            o.put("fixable", r.fixable());
            o.put("summary", r.summary());
            o.put("docs", r.docsPath());
        }
        return JsonWriter.pretty(array) + "\n";
    }
}

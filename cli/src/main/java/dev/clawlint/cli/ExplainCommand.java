package dev.clawlint.cli;

import dev.clawlint.core.finding.RuleMeta;
import dev.clawlint.core.knowledge.EditDistance;
import dev.clawlint.core.rules.BuiltInRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code clawlint explain RULE}: the rule's documentation page, from inside the jar. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {
            "  clawlint explain unknown-key",
            "  clawlint explain legacy-brain%n"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the page was printed",
            "2:unknown rule id, or usage error"},
        description = "Print a rule's documentation: what it finds, why, a bad and a good example, and the fix.")
final class ExplainCommand implements Callable<Integer> {
    /** Where core packages docs/rules/*.md. */
    static final String DOCS = "/dev/clawlint/docs/rules/";

    /** A line that holds nothing but a test marker, and a test marker at the end of a code line. */
    private static final Pattern MARKER_LINE = Pattern.compile("(?m)^[ \\t]*//[ \\t]*(?:expect(?:-next-line)?|fixture):.*(?:\\R|\\z)");
    private static final Pattern MARKER = Pattern.compile("(?m)[ \\t]*//[ \\t]*(?:expect(?:-next-line)?|fixture):.*$");

    @CommandLine.Spec
    @SuppressWarnings("initialization.field.uninitialized") // injected by picocli before call()
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE", description = "A rule id, e.g. ollama-openai-endpoint (see 'clawlint rules').")
    String id = "";

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        Optional<RuleMeta> rule = BuiltInRules.find(id);
        if (rule.isEmpty()) {
            List<String> ids = BuiltInRules.catalogue().stream().map(RuleMeta::id).toList();
            String hint = EditDistance.closest(id, ids).map(s -> " Did you mean '" + s + "'?")
                    .orElse(" Run 'clawlint rules' for the list.");
            cl.getErr().println("clawlint: unknown rule '" + id + "'." + hint);
            return ExitCodes.ERROR;
        }
        String page = page(id);
        if (page == null) {
            cl.getErr().println("clawlint: rule '" + id + "' has no documentation page in this build.");
            return ExitCodes.ERROR;
        }
        String shown = withoutMarkers(page);
        cl.getOut().print(shown.endsWith("\n") ? shown : shown + "\n");
        cl.getOut().flush();
        return ExitCodes.CLEAN;
    }

    /**
     * The page as a reader should see it: the examples' {@code // expect: ...} and {@code // fixture: ...}
     * markers, which the fixture tests read, removed together with the space before them; the code lines stay.
     */
    static String withoutMarkers(String page) {
        String text = MARKER_LINE.matcher(page).replaceAll("");
        return MARKER.matcher(text).replaceAll("");
    }

    /** The documentation page of a rule, or null when the build has none. */
    static @Nullable String page(String ruleId) {
        try (InputStream in = ExplainCommand.class.getResourceAsStream(DOCS + ruleId + ".md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}

package dev.clawlint.core.api;

import dev.clawlint.core.finding.Severity;
import dev.clawlint.core.knowledge.TargetVersion;
import dev.clawlint.core.lint.FileSettings;
import dev.clawlint.core.lint.RuleOption;
import dev.clawlint.core.lint.RuleSettings;
import dev.clawlint.core.load.ConfigReadException;
import dev.clawlint.core.load.Json5Parser;
import dev.clawlint.core.load.ParsedFile;
import dev.clawlint.core.load.SmallTextFile;
import dev.clawlint.core.load.SyntaxProblem;
import dev.clawlint.core.report.Reporters;
import dev.clawlint.core.rules.BuiltInRules;
import dev.clawlint.core.source.Span;
import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import dev.clawlint.core.util.Globs;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A team's checked-in settings, {@code .clawlint.json5}: rule severities and options, the release to judge against and
 * per-glob overrides, found upward from each config file (or named with {@code --config}); and the reports a run writes
 * when its command line names none ({@code format}, read from the one settings file of the run: {@link #forRun}).
 *
 * <pre>{@code
 * {
 *   target: "2026.7",                                  // the release the gateway runs
 *   format: ["text", "sarif=clawlint.sarif"],          // when the command line gives no --format
 *   rules: { "local-timeout": "off", "small-model-tool-use": ["error", { minBillions: 8 }] },
 *   overrides: [ { files: ["staging/**"], target: "2026.9", rules: { "keep-alive": "info" } } ],
 * }
 * }</pre>
 *
 * <p>Globs are relative to the settings file's folder; later overrides win over earlier ones, the command line over
 * the file. A mistake (unknown key or rule id, bad severity or release) is a {@link SettingsException} whose message
 * starts with {@code file:line:col}.
 */
public final class SettingsFile {
    /** The names looked for, in each folder from the config file's upward. */
    public static final List<String> NAMES = List.of(".clawlint.json5", ".clawlint.json");

    /** 1 MiB: a settings file is a few lines. */
    private static final int MAX_BYTES = 1024 * 1024;

    private static final Set<String> TOP_KEYS = Set.of("$schema", "target", "rules", "overrides", "format");
    private static final Set<String> OVERRIDE_KEYS = Set.of("files", "target", "rules");

    /** Rule overrides and a target, for the whole file or for the files an override names. */
    private record Layer(List<PathMatcher> files, RuleSettings rules, @Nullable TargetVersion target) {}

    private final Path path;
    private final Path folder;
    private final Layer base;
    private final List<Layer> overrides;
    private final List<String> formats;

    private SettingsFile(Path path, Path folder, Layer base, List<Layer> overrides, List<String> formats) {
        this.path = path;
        this.folder = folder;
        this.base = base;
        this.overrides = List.copyOf(overrides);
        this.formats = List.copyOf(formats);
    }

    private static Path folderOf(Path path) {
        Path parent = path.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /**
     * The reports a run writes when its command line names none, as {@code --format} takes them ({@code "text"},
     * {@code "sarif=/abs/clawlint.sarif"}: a file relative to this settings file's folder, made absolute); empty when
     * the file says nothing.
     */
    public List<String> formats() {
        return formats;
    }

    /**
     * The settings file that speaks for a whole run (its {@code format}): {@code explicit} ({@code --config}), else the
     * nearest one in the working directory or above; null when there is none.
     *
     * @throws SettingsException when it cannot be used
     */
    public static @Nullable SettingsFile forRun(@Nullable Path explicit) throws SettingsException {
        Path file = explicit != null ? explicit : find(Path.of(""));
        return file == null ? null : read(file);
    }

    /** Where this file is. */
    public Path path() {
        return path;
    }

    /** The settings file that governs a config file in {@code folder}: the nearest one there or above, or null. */
    public static @Nullable Path find(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            for (String name : NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    /** What this file says for one config file: its rule overrides, in order, and the last target that applies. */
    public FileSettings forFile(Path configFile) {
        Path relative = folder.relativize(configFile.toAbsolutePath().normalize());
        RuleSettings rules = base.rules();
        TargetVersion target = base.target();
        for (Layer o : overrides) {
            if (o.files().stream().anyMatch(m -> m.matches(relative))) {
                rules = rules.then(o.rules());
                target = o.target() != null ? o.target() : target;
            }
        }
        return new FileSettings(rules, target);
    }

    /**
     * The settings of each config file that a settings file speaks for: {@code explicit} ({@code --config}) for all of
     * them, else the nearest one upward from each file (standard input, {@code -}, from the working directory). The
     * command line's rule overrides go on top of the file's, and its target, when given, replaces the file's. A file no
     * settings file speaks for gets no entry.
     *
     * @throws SettingsException for the first settings file that cannot be used
     */
    public static Map<Path, FileSettings> forFiles(List<Path> files, @Nullable Path explicit, RuleSettings commandLine,
            @Nullable TargetVersion commandLineTarget) throws SettingsException {
        Map<Path, SettingsFile> read = new HashMap<>();
        Map<Path, FileSettings> out = new HashMap<>();
        for (Path file : files) {
            Path folder = file.toString().equals("-") ? Path.of("") : file.toAbsolutePath().normalize().getParent();
            Path settings = explicit != null ? explicit : folder == null ? null : find(folder);
            if (settings == null) {
                continue;
            }
            SettingsFile parsed = read.get(settings);
            if (parsed == null) {
                parsed = read(settings);
                read.put(settings, parsed);
            }
            FileSettings own = parsed.forFile(file);
            out.put(file, new FileSettings(own.rules().then(commandLine),
                    commandLineTarget != null ? commandLineTarget : own.target()));
        }
        return out;
    }

    /**
     * Reads and checks a settings file.
     *
     * @throws SettingsException when it cannot be read or says something clawlint cannot use
     */
    public static SettingsFile read(Path path) throws SettingsException {
        String text;
        try {
            text = SmallTextFile.read(path, path + ": cannot read the settings file: ", "a settings file", MAX_BYTES,
                    "a settings file is a few lines of rules and globs");
        } catch (ConfigReadException e) {
            throw new SettingsException(String.valueOf(e.getMessage()));
        }
        SourceFile source = new SourceFile(path.toString(), path, text);
        ParsedFile parsed = Json5Parser.parse(source);
        SyntaxProblem problem = parsed.problem();
        if (problem != null) {
            throw new SettingsException(path + ":" + source.positionAt(problem.offset()) + ": " + problem.message());
        }
        Node root = parsed.root();
        if (!(root instanceof ObjectNode)) {
            throw at(source, root == null ? null : root.span(), "the settings file must be an object, { ... }");
        }
        ObjectNode object = (ObjectNode) root;
        knownKeys(source, object, TOP_KEYS, "a settings file");
        Layer base = layer(source, object, List.of());
        List<Layer> overrides = new ArrayList<>();
        Node list = object.get("overrides");
        if (list != null) {
            if (!(list instanceof ArrayNode)) {
                throw at(source, list.span(), "\"overrides\" is a list of { files: [...], rules: {...}, target: ... }");
            }
            for (Node n : ((ArrayNode) list).elements()) {
                if (!(n instanceof ObjectNode)) {
                    throw at(source, n.span(), "an override is an object: { files: [\"glob\"], rules: {...}, target: ... }");
                }
                ObjectNode o = (ObjectNode) n;
                knownKeys(source, o, OVERRIDE_KEYS, "an override");
                overrides.add(layer(source, o, globs(source, o)));
            }
        }
        return new SettingsFile(path, folderOf(path), base, overrides, formats(source, object, folderOf(path)));
    }

    /** {@code format}: one {@code FORMAT[=FILE]} or a list of them, checked as {@code --format} checks them. */
    private static List<String> formats(SourceFile source, ObjectNode object, Path folder) throws SettingsException {
        Node f = object.get("format");
        if (f == null) {
            return List.of();
        }
        List<Node> specs = f instanceof ArrayNode ? ((ArrayNode) f).elements() : List.of(f);
        if (specs.isEmpty()) {
            throw at(source, f.span(), "\"format\" lists at least one report; leave it out for the default, text");
        }
        List<String> out = new ArrayList<>();
        for (Node n : specs) {
            String spec = string(source, n, "\"format\" is FORMAT[=FILE] or a list of them, e.g. [\"text\", \"sarif=clawlint.sarif\"]");
            int eq = spec.indexOf('=');
            String name = (eq < 0 ? spec : spec.substring(0, eq)).strip();
            if (!Reporters.NAMES.contains(name)) {
                throw at(source, n.span(), "unknown format \"" + name + "\" (known: " + String.join(", ", Reporters.NAMES) + ")");
            }
            String file = eq < 0 ? "" : spec.substring(eq + 1).strip();
            if (eq >= 0 && file.isEmpty()) {
                throw at(source, n.span(), "name the file after '=', e.g. \"" + name + "=clawlint." + Reporters.fileExtension(name) + "\"");
            }
            out.add(eq < 0 ? name : name + "=" + folder.resolve(file).normalize());
        }
        return out;
    }

    private static Layer layer(SourceFile source, ObjectNode o, List<PathMatcher> files) throws SettingsException {
        TargetVersion target = null;
        Node t = o.get("target");
        if (t != null) {
            String text = string(source, t, "\"target\" is a release line such as \"2026.7\" or \"latest\"");
            try {
                target = TargetVersion.parseRequested(text);
            } catch (IllegalArgumentException e) {
                throw at(source, t.span(), String.valueOf(e.getMessage()));
            }
        }
        RuleSettings rules = RuleSettings.DEFAULTS;
        Node r = o.get("rules");
        if (r != null) {
            if (!(r instanceof ObjectNode)) {
                throw at(source, r.span(), "\"rules\" maps rule ids to a severity: { \"local-timeout\": \"off\" }");
            }
            for (Member m : ((ObjectNode) r).members()) {
                try {
                    BuiltInRules.requireKnown(List.of(m.key()));
                } catch (IllegalArgumentException e) {
                    throw at(source, m.keySpan(), String.valueOf(e.getMessage()));
                }
                rules = rule(source, m, rules);
            }
        }
        return new Layer(files, rules, target);
    }

    /**
     * One entry of {@code rules}: a severity ({@code "warning"}), or as in ESLint a list of a severity and the rule's
     * options ({@code ["warning", { minBillions: 8 }]}).
     */
    private static RuleSettings rule(SourceFile source, Member m, RuleSettings rules) throws SettingsException {
        String id = m.key();
        Node severity = m.value();
        Node options = null;
        if (m.value() instanceof ArrayNode list) {
            List<Node> parts = list.elements();
            if (parts.isEmpty() || parts.size() > 2) {
                throw at(source, list.span(), id + " is a severity, or [severity, { options }]");
            }
            severity = parts.get(0);
            options = parts.size() == 2 ? parts.get(1) : null;
        }
        String level = string(source, severity, "the severity of " + id + " is error, warning, info or off");
        RuleSettings out;
        try {
            out = rules.with(id, level.equalsIgnoreCase("off") ? null : Severity.parse(level));
        } catch (IllegalArgumentException e) {
            throw at(source, severity.span(), "the severity of " + id + " is error, warning, info or off, not \"" + level + "\"");
        }
        if (options == null) {
            return out;
        }
        List<RuleOption<?>> declared = BuiltInRules.options(id);
        if (declared.isEmpty()) {
            throw at(source, options.span(), id + " has no options: write its severity alone, \"" + level + "\"");
        }
        if (!(options instanceof ObjectNode)) {
            throw at(source, options.span(), "the options of " + id + " are an object, { name: value }");
        }
        for (Member o : ((ObjectNode) options).members()) {
            RuleOption<?> option = declared.stream().filter(d -> d.name().equals(o.key())).findFirst().orElse(null);
            if (option == null) {
                throw at(source, o.keySpan(), "unknown option \"" + o.key() + "\" of " + id + " (its options: "
                        + String.join(", ", declared.stream().map(RuleOption::name).toList()) + ")");
            }
            try {
                out = out.withOption(id, option.name(), option.read(o.value()));
            } catch (IllegalArgumentException e) {
                throw at(source, o.value().span(), "option " + id + "." + e.getMessage());
            }
        }
        return out;
    }

    private static List<PathMatcher> globs(SourceFile source, ObjectNode override) throws SettingsException {
        Node files = override.get("files");
        if (!(files instanceof ArrayNode) || ((ArrayNode) files).elements().isEmpty()) {
            throw at(source, files == null ? override.span() : files.span(),
                    "an override needs \"files\": a non-empty list of globs relative to the settings file, e.g. [\"staging/**\"]");
        }
        List<PathMatcher> out = new ArrayList<>();
        for (Node n : ((ArrayNode) files).elements()) {
            String glob = string(source, n, "a glob is a string, e.g. \"staging/**\"");
            for (String variant : Globs.zeroDirectoryVariants(glob)) {
                try {
                    out.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
                } catch (IllegalArgumentException e) {
                    throw at(source, n.span(), "\"" + glob + "\" is not a glob: " + e.getMessage());
                }
            }
        }
        return out;
    }

    private static void knownKeys(SourceFile source, ObjectNode o, Set<String> known, String what) throws SettingsException {
        for (Member m : o.members()) {
            if (!known.contains(m.key())) {
                throw at(source, m.keySpan(), "unknown key \"" + m.key() + "\" in " + what + " (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String string(SourceFile source, Node n, String expected) throws SettingsException {
        if (!(n instanceof StringNode)) {
            throw at(source, n.span(), expected);
        }
        return ((StringNode) n).value();
    }

    private static SettingsException at(SourceFile source, @Nullable Span span, String message) {
        return new SettingsException(source.displayName() + ":" + source.positionAt(span == null ? 0 : span.start()) + ": "
                + message);
    }

    /** A settings file that cannot be used; the message starts with the file and, where known, {@code line:col}. */
    public static final class SettingsException extends Exception {
        private static final long serialVersionUID = 1L;

        /** With a message that names the file. */
        public SettingsException(String message) {
            super(message);
        }
    }
}

package dev.clawlint.core.load;

import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.tree.ArrayNode;
import dev.clawlint.core.tree.Comment;
import dev.clawlint.core.tree.Member;
import dev.clawlint.core.tree.Node;
import dev.clawlint.core.tree.ObjectNode;
import dev.clawlint.core.tree.StringNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Replaces {@code $include} directives the way OpenClaw's {@code src/config/includes.ts} does
 * (docs/openclaw/reading.md#includes): a path or a list of paths, relative to the including file; a list is
 * deep-merged in order; sibling keys merge on top; at most 10 levels; no cycles; included files are
 * regular files of at most 2 MiB that stay under the config's folder or an
 * {@code OPENCLAW_INCLUDE_ROOTS} root.
 *
 * <p>OpenClaw refuses the whole config at the first violation. clawlint reports every violation as an
 * {@code include-error} at the {@code $include} value, drops that directive and keeps reading, so the
 * rest of the file is still checked. Nodes from an included file keep their spans in that file.
 */
final class IncludeResolver {
    /** OpenClaw's {@code MAX_INCLUDE_FILE_BYTES}. */
    static final long MAX_INCLUDE_BYTES = 2L * 1024 * 1024;
    /** OpenClaw's include nesting limit. */
    static final int MAX_DEPTH = 10;
    /** OpenClaw's {@code MAX_INCLUDE_PATH_LENGTH}. */
    private static final int MAX_PATH_LENGTH = 4096;
    private static final String INCLUDE_KEY = "$include";

    private final ReadLimits limits;
    private final Path mainDisplay;
    private final Path rootDir;
    private final List<Path> roots = new ArrayList<>();
    private final List<Path> realRoots = new ArrayList<>();
    private final List<SourceFile> files = new ArrayList<>();
    private final Map<SourceFile, List<Comment>> comments = new LinkedHashMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    /** Included files' text as a fix in progress has it, by absolute normalized path (empty outside a fix). */
    private final Map<Path, byte[]> pending;

    /**
     * @param mainPath the config file (absolute or relative to the working directory)
     * @param mainDisplay the name the user knows the config file by
     * @param includeRoots the value of {@code OPENCLAW_INCLUDE_ROOTS}, or null
     * @param home what a leading {@code ~} in a root stands for
     */
    IncludeResolver(Path mainPath, String mainDisplay, @Nullable String includeRoots, Path home, ReadLimits limits,
            Map<Path, byte[]> pending) {
        this.limits = limits;
        this.pending = pending;
        this.mainDisplay = Paths.get(mainDisplay);
        Path main = mainPath.toAbsolutePath().normalize();
        Path parent = main.getParent();
        this.rootDir = parent == null ? main : parent;
        roots.add(rootDir);
        if (includeRoots != null) {
            for (String entry : includeRoots.split(java.io.File.pathSeparator)) {
                String trimmed = entry.trim();
                try {
                    Path root = trimmed.isEmpty() ? null : ConfigDiscovery.expand(trimmed, home, Paths.get(""));
                    if (root != null && !roots.contains(root)) {
                        roots.add(root);
                    }
                } catch (InvalidPathException e) {
                    // OpenClaw ignores entries that are not absolute paths; an unparsable one is no root either
                }
            }
        }
        for (Path root : roots) {
            realRoots.add(realPathOr(root));
        }
    }

    /** Every file read, the main file first, including files that could not be parsed. */
    List<SourceFile> files() {
        return files;
    }

    Map<SourceFile, List<Comment>> comments() {
        return comments;
    }

    List<LoadProblem> problems() {
        return problems;
    }

    List<DuplicateKey> duplicates() {
        return duplicates;
    }

    /** Registers the main file, already parsed, and resolves the includes in its value. */
    Node resolveMain(ParsedFile main, Node root, Path mainPath) {
        register(main);
        Set<Path> visited = new LinkedHashSet<>();
        visited.add(mainPath.toAbsolutePath().normalize());
        return process(root, mainPath.toAbsolutePath().normalize(), visited, 0);
    }

    private void register(ParsedFile parsed) {
        files.add(parsed.source());
        comments.put(parsed.source(), parsed.comments());
        duplicates.addAll(parsed.duplicates());
    }

    // --- walking ----------------------------------------------------------------------------

    private Node process(Node node, Path file, Set<Path> visited, int depth) {
        if (node instanceof ArrayNode array) {
            List<Node> elements = new ArrayList<>();
            for (Node e : array.elements()) {
                elements.add(process(e, file, visited, depth));
            }
            return new ArrayNode(array.span(), elements);
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        Member directive = object.member(INCLUDE_KEY);
        List<Member> rest = new ArrayList<>();
        for (Member m : object.members()) {
            if (!m.key().equals(INCLUDE_KEY)) {
                rest.add(new Member(m.key(), m.keySpan(), process(m.value(), file, visited, depth)));
            }
        }
        ObjectNode siblings = new ObjectNode(object.span(), rest);
        if (directive == null) {
            return siblings;
        }
        @Nullable Node included = include(directive.value(), file, visited, depth);
        if (included == null) {
            return siblings; // reported; keep what can be kept
        }
        if (rest.isEmpty()) {
            return included;
        }
        if (!(included instanceof ObjectNode)) {
            report(directive.value(), "Sibling keys require included content to be an object",
                    "the included file holds " + article(included.typeName())
                            + "; move the other keys into the included file or include an object");
            return siblings;
        }
        return merge(object, included, siblings);
    }

    private @Nullable Node include(Node value, Path file, Set<Path> visited, int depth) {
        if (value instanceof StringNode path) {
            return loadFile(path, file, visited, depth);
        }
        if (value instanceof ArrayNode list) {
            List<Node> loaded = new ArrayList<>();
            for (Node item : list.elements()) {
                if (!(item instanceof StringNode path)) {
                    report(item, "Invalid $include array item: expected string, got " + typeOf(item),
                            "write each entry as a quoted file path");
                    continue;
                }
                Node one = loadFile(path, file, visited, depth);
                if (one != null) {
                    loaded.add(one);
                }
            }
            Node result = new ObjectNode(value.span(), List.of());
            for (Node n : loaded) {
                result = merge(null, result, n);
            }
            return result;
        }
        report(value, "Invalid $include value: expected string or array of strings, got " + typeOf(value),
                "write a file path or a list of file paths");
        return null;
    }

    private @Nullable Node loadFile(StringNode pathNode, Path includingFile, Set<Path> visited, int depth) {
        String includePath = pathNode.value();
        if (includePath.indexOf('\0') >= 0) {
            report(pathNode, "Include path must not contain null bytes", "remove the NUL character from the path");
            return null;
        }
        if (includePath.length() >= MAX_PATH_LENGTH) {
            report(pathNode, "Include path exceeds maximum length (" + MAX_PATH_LENGTH + " characters)",
                    "use a shorter path");
            return null;
        }
        Path resolved;
        try {
            Path given = Paths.get(includePath);
            Path dir = includingFile.getParent();
            resolved = (given.isAbsolute() || dir == null ? given : dir.resolve(given)).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            report(pathNode, "Failed to read include file: " + includePath, "this is not a valid file path");
            return null;
        }
        if (resolved.toString().length() >= MAX_PATH_LENGTH) {
            report(pathNode, "Resolved include path exceeds maximum length (" + MAX_PATH_LENGTH + " characters)",
                    "use a shorter path");
            return null;
        }
        String where = " (root: " + rootDir + ")";
        if (!inside(resolved, roots)) {
            report(pathNode, "Include path escapes config directory: " + includePath + where,
                    "move the file into the config's folder, or list its folder in OPENCLAW_INCLUDE_ROOTS");
            return null;
        }
        if (Files.exists(resolved) && !inside(realPathOr(resolved), realRoots)) {
            report(pathNode, "Include path resolves outside config directory (symlink): " + includePath + where,
                    "the symlink points outside the allowed folders; copy the file in, or list its real folder in"
                            + " OPENCLAW_INCLUDE_ROOTS");
            return null;
        }
        if (visited.contains(resolved)) {
            List<String> chain = new ArrayList<>();
            visited.forEach(p -> chain.add(p.toString()));
            chain.add(resolved.toString());
            report(pathNode, "Circular include detected: " + String.join(" -> ", chain),
                    "remove one of the includes that lead back to a file already being read");
            return null;
        }
        if (depth >= MAX_DEPTH) {
            report(pathNode, "Maximum include depth (" + MAX_DEPTH + ") exceeded at: " + includePath,
                    "OpenClaw follows at most " + MAX_DEPTH + " nested includes; flatten some of them");
            return null;
        }
        byte[] bytes = read(pathNode, includePath, resolved);
        if (bytes == null) {
            return null;
        }
        SourceFile source;
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        source = new SourceFile(displayName(resolved), resolved, decoded.text());
        String failedToParse = "Failed to parse include file: " + includePath + " (resolved: " + resolved + ")";
        String decodeProblem = decoded.problem();
        if (decodeProblem != null) {
            files.add(source);
            problems.add(LoadProblem.at(ReadingRules.INCLUDE_ERROR, source, decoded.problemOffset(),
                    decoded.problemOffset(), "", failedToParse + ": " + decodeProblem + "."));
            return null;
        }
        ParsedFile parsed = Json5Parser.parse(source, limits);
        register(parsed);
        SyntaxProblem problem = parsed.problem();
        Node root = parsed.root();
        if (problem != null || root == null) {
            int offset = problem == null ? 0 : problem.offset();
            int length = problem == null ? 0 : problem.length();
            String why = problem == null ? "" : ": " + problem.message();
            // the finding points into the included file, where the mistake is
            problems.add(LoadProblem.at(ReadingRules.INCLUDE_ERROR, source, offset, offset + length, "",
                    failedToParse + why + ". OpenClaw refuses the whole config until this file is valid JSON5."));
            return null;
        }
        Set<Path> nested = new LinkedHashSet<>(visited);
        nested.add(resolved);
        return process(root, resolved, nested, depth + 1);
    }

    private byte @Nullable [] read(StringNode pathNode, String includePath, Path resolved) {
        String failed = "Failed to read include file: " + includePath + " (resolved: " + resolved + ")";
        String guards = "Include file failed security checks (regular file, max " + MAX_INCLUDE_BYTES
                + " bytes, no hardlinks): " + includePath;
        try {
            if (!Files.exists(resolved)) {
                String link = ConfigLoader.brokenLink(resolved);
                report(pathNode, failed, link != null ? link
                        : "no such file; check the path (it is relative to the including file)");
                return null;
            }
            if (!Files.isRegularFile(resolved)) {
                report(pathNode, guards, "it is not a regular file");
                return null;
            }
            long size = Files.size(resolved);
            if (size > MAX_INCLUDE_BYTES) {
                report(pathNode, guards, "it is " + size + " bytes; split it into smaller files");
                return null;
            }
            if (hardLinks(resolved) > 1) {
                report(pathNode, guards, "it has more than one hard link; include a copy instead");
                return null;
            }
            byte[] inFix = pending.get(resolved.toAbsolutePath().normalize());
            return inFix != null ? inFix : Files.readAllBytes(resolved);
        } catch (NoSuchFileException e) {
            report(pathNode, failed, "no such file; check the path (it is relative to the including file)");
            return null;
        } catch (IOException | SecurityException e) {
            report(pathNode, failed, "it cannot be read (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    private static int hardLinks(Path file) {
        try {
            Object links = Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return links instanceof Integer n ? n : 1;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return 1; // no link count on this file system: OpenClaw's check cannot fire either
        }
    }

    // --- merging ----------------------------------------------------------------------------

    /**
     * OpenClaw's {@code deepMerge}: objects merge recursively, arrays concatenate, anything else
     * from {@code over} wins.
     *
     * @param owner the object holding the directive; its span becomes the merged object's span
     */
    private static Node merge(@Nullable ObjectNode owner, Node base, Node over) {
        if (base instanceof ArrayNode a && over instanceof ArrayNode b) {
            List<Node> all = new ArrayList<>(a.elements());
            all.addAll(b.elements());
            return new ArrayNode(b.span(), all);
        }
        if (!(base instanceof ObjectNode a) || !(over instanceof ObjectNode b)) {
            return over;
        }
        Map<String, Member> merged = new LinkedHashMap<>();
        for (Member m : a.effectiveMembers()) {
            merged.put(m.key(), m);
        }
        for (Member m : b.effectiveMembers()) {
            Member current = merged.get(m.key());
            Node value = m.value();
            if (current != null && (value instanceof ObjectNode || value instanceof ArrayNode)) {
                value = merge(null, current.value(), value);
            }
            merged.put(m.key(), new Member(m.key(), m.keySpan(), value));
        }
        return new ObjectNode(owner != null ? owner.span() : b.span(), new ArrayList<>(merged.values()));
    }

    // --- helpers ----------------------------------------------------------------------------

    private void report(Node at, String openClawSays, String advice) {
        problems.add(LoadProblem.at(ReadingRules.INCLUDE_ERROR, at.span().file(), at.span().start(), at.span().end(),
                "", openClawSays + ". OpenClaw refuses the whole config: " + advice + "."));
    }

    private static boolean inside(Path candidate, List<Path> folders) {
        for (Path folder : folders) {
            if (candidate.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    private static Path realPathOr(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path;
        }
    }

    /** Included files are named relative to the config as the user named it, so messages stay short. */
    private String displayName(Path resolved) {
        if (!resolved.startsWith(rootDir)) {
            return resolved.toString();
        }
        Path relative = rootDir.relativize(resolved);
        Path parent = mainDisplay.getParent();
        return (parent == null ? relative : parent.resolve(relative)).toString();
    }

    /** JavaScript's {@code typeof}, which OpenClaw's messages print. */
    private static String typeOf(Node node) {
        return switch (node.typeName()) {
            case "null", "array" -> "object";
            default -> node.typeName();
        };
    }

    private static String article(String typeName) {
        return (typeName.startsWith("a") || typeName.startsWith("o") ? "an " : "a ") + typeName;
    }
}

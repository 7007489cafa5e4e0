package dev.clawlint.core.tree;

import dev.clawlint.core.source.SourceFile;
import dev.clawlint.core.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A loaded configuration: the value OpenClaw validates (after {@code $include} and {@code ${VAR}}),
 * every node knowing the file and span it came from, plus the comments of every file read.
 *
 * <p>Look-ups are by JSON Pointer. A pointer to a node that does not exist falls back to its
 * closest existing ancestor, so a finding about a missing key lands on the object that lacks it.
 */
public final class Document {
    private final SourceFile mainFile;
    private final Node root;
    private final List<SourceFile> files;
    private final Map<SourceFile, List<Comment>> comments;
    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, Member> members = new HashMap<>();
    private final Map<Node, String> pointers = new IdentityHashMap<>();
    private final Map<Span, String> pointersBySpan = new HashMap<>();

    /**
     * @param mainFile the file the user named
     * @param root the composed value
     * @param files every file read (the main file first, then included files)
     * @param comments the comments of each file
     */
    public Document(SourceFile mainFile, Node root, List<SourceFile> files, Map<SourceFile, List<Comment>> comments) {
        this.mainFile = mainFile;
        this.root = root;
        this.files = List.copyOf(files);
        this.comments = Map.copyOf(comments);
        index("", root);
    }

    private void index(String pointer, Node node) {
        nodes.put(pointer, node);
        pointers.put(node, pointer);
        pointersBySpan.putIfAbsent(node.span(), pointer);
        if (node instanceof ObjectNode object) {
            // only the last member with a key counts, as in JSON5; shadowed ones stay reachable through the tree
            for (Member m : object.effectiveMembers()) {
                String child = JsonPointer.child(pointer, m.key());
                members.put(child, m);
                index(child, m.value());
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.elements().size(); i++) {
                index(JsonPointer.child(pointer, i), array.elements().get(i));
            }
        }
    }

    /** The file the user named. */
    public SourceFile mainFile() {
        return mainFile;
    }

    /** The composed root value. */
    public Node root() {
        return root;
    }

    /** The root object, or null when the root is not an object. */
    public @Nullable ObjectNode rootObject() {
        return root instanceof ObjectNode o ? o : null;
    }

    /** Every file read, the main file first. */
    public List<SourceFile> files() {
        return files;
    }

    /** The comments of one file, in order. */
    public List<Comment> comments(SourceFile file) {
        return comments.getOrDefault(file, List.of());
    }

    /** Every comment of every file. */
    public List<Comment> allComments() {
        List<Comment> all = new ArrayList<>();
        for (SourceFile f : files) {
            all.addAll(comments(f));
        }
        return all;
    }

    /** The node at this pointer, or null. */
    public @Nullable Node node(String pointer) {
        return nodes.get(pointer);
    }

    /** The member whose value is at this pointer (null for the root, array elements and missing nodes). */
    public @Nullable Member member(String pointer) {
        return members.get(pointer);
    }

    /**
     * The pointer of a node of this document. A node not reachable from the root (the value of a
     * shadowed duplicate key, say) yields the pointer of its closest reachable container, or the root.
     */
    public String pointerOf(Node node) {
        String p = pointers.get(node);
        if (p == null) {
            // the loader rebuilds containers when it resolves $include and ${VAR}; the node read from
            // the file is then known by the text it was read from
            p = pointersBySpan.get(node.span());
        }
        return p == null ? "" : p;
    }

    /** The pointer itself if it exists, else its closest existing ancestor. */
    public String closestExisting(String pointer) {
        String p = pointer;
        while (!nodes.containsKey(p)) {
            p = JsonPointer.parent(p);
        }
        return p;
    }
}

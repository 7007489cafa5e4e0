package dev.clawlint.core.schema;

import com.networknt.schema.SchemaContext;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordFactory;
import com.networknt.schema.keyword.UnknownKeywordFactory;
import java.util.List;

/**
 * Draft 7 as clawlint's schemas and OpenClaw's use it: the standard keywords, plus the annotation keywords
 * editors read ({@link #EDITOR_ANNOTATIONS}) and every vendor keyword ({@code x-...}, clawlint's
 * {@code x-openclaw-since} and the like, IntelliJ's {@code x-intellij-...}), declared as annotations: they
 * describe, they never validate. Without this, the schema library logs "Unknown keyword markdownDescription -
 * you should define your own Meta Schema" once per keyword and schema (twenty lines on every Maven build). A
 * keyword that is neither stays unknown, and the library still says so.
 */
public final class SchemaDialect {
    /**
     * Annotation keywords of the shipped schemas that Draft 7 does not define: VS Code's JSON language service's
     * (which the published schema uses for editors), and the later drafts' {@code deprecated} and {@code $defs}
     * that OpenClaw's own schema output uses (a {@code $ref} into {@code $defs} still resolves: it is a JSON pointer).
     */
    public static final List<String> EDITOR_ANNOTATIONS = List.of("markdownDescription", "deprecationMessage",
            "defaultSnippets", "errorMessage", "patternErrorMessage", "enumDescriptions", "markdownEnumDescriptions",
            "doNotSuggest", "suggestSortText", "allowComments", "allowTrailingCommas", "deprecated", "$defs");

    /** Draft 7 with clawlint's annotations. */
    public static final Dialect DRAFT_7 = Dialect.builder(Dialects.getDraft7())
            .keywords(EDITOR_ANNOTATIONS.stream().map(AnnotationKeyword::new).toList())
            .unknownKeywordFactory(new VendorKeywords())
            .build();

    private SchemaDialect() {}

    /** {@code x-...} is an annotation; any other keyword the dialect does not know goes to the library's default. */
    private static final class VendorKeywords implements KeywordFactory {
        @Override
        public Keyword getKeyword(String value, SchemaContext context) {
            return value.startsWith("x-") ? new AnnotationKeyword(value)
                    : UnknownKeywordFactory.getInstance().getKeyword(value, context);
        }
    }
}

package dev.clawlint.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Did-you-mean over the keys the published schema allows at a place. */
class KeySuggestionsTest {
    private final SchemaDocument schema = SchemaValidator.published().document();
    private final SchemaNode model = schema.at("/definitions/model");
    private final SchemaNode provider = schema.at("/definitions/provider");

    @Test
    void caseAndSeparatorsDoNotMatter() {
        assertThat(KeySuggestions.suggest("baseURL", nonNull(provider), schema, List.of())).isEqualTo("baseUrl");
        assertThat(KeySuggestions.suggest("context_window", nonNull(model), schema, List.of())).isEqualTo("contextWindow");
    }

    @Test
    void ollamaNamesLeadToParams() {
        assertThat(KeySuggestions.suggest("num_ctx", nonNull(model), schema, List.of())).isEqualTo("params.num_ctx");
        assertThat(KeySuggestions.suggest("numCtx", nonNull(model), schema, List.of())).isEqualTo("params.num_ctx");
        assertThat(KeySuggestions.suggest("modelOptions", nonNull(model), schema, List.of("num_ctx"))).isEqualTo("params.num_ctx");
        assertThat(KeySuggestions.suggest("options", nonNull(model), schema, List.of("a", "b"))).isEqualTo("params");
    }

    @Test
    void guideKeysAreNeverSuggested() {
        assertThat(KeySuggestions.suggest("hosts", nonNull(provider), schema, List.of())).isNotEqualTo("host");
    }

    @Test
    void farAwayKeysGetNoSuggestion() {
        assertThat(KeySuggestions.suggest("banana", nonNull(model), schema, List.of())).isNull();
    }

    @Test
    void aNearKeyWithAnotherFirstLetterIsNoTypo() {
        // the corpus's unknown keys that used to get a far-fetched suggestion
        assertThat(KeySuggestions.suggest("version", nonNull(schema.root()), schema, List.of())).isNull();
        SchemaNode gateway = nonNull(schema.resolve(nonNull(schema.properties(schema.root()).get("gateway"))));
        assertThat(KeySuggestions.suggest("hooks", gateway, schema, List.of())).isNull();
        // a real typo still gets one
        assertThat(KeySuggestions.suggest("contextWindw", nonNull(model), schema, List.of())).isEqualTo("contextWindow");
        assertThat(KeySuggestions.suggest("maxToken", nonNull(model), schema, List.of())).isEqualTo("maxTokens");
    }

    @Test
    void aKeyInTheWrongSectionIsSentWhereOpenClawReadsIt() {
        assertThat(KeySuggestions.elsewhere("providers", "", schema)).isEqualTo("models.providers");
        assertThat(KeySuggestions.elsewhere("hooks", "/gateway", schema)).isEqualTo("");
        assertThat(KeySuggestions.elsewhere("banana", "", schema)).isNull();
        assertThat(KeySuggestions.elsewhere("banana", "/gateway", schema)).isNull();
    }

    @Test
    void commentKeys() {
        assertThat(KeySuggestions.isCommentKey("_note")).isTrue();
        assertThat(KeySuggestions.isCommentKey("_comment2")).isTrue();
        assertThat(KeySuggestions.isCommentKey("// why")).isTrue();
        assertThat(KeySuggestions.isCommentKey("note")).isFalse();
        assertThat(KeySuggestions.isCommentKey("_id")).isFalse();
    }

    private static SchemaNode nonNull(SchemaNode n) {
        assertThat(n).isNotNull();
        return n;
    }
}

package io.docpipe.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.error.InvalidOptionException;
import org.junit.jupiter.api.Test;

class QueryOptionsTest {

    @Test
    void parsesInOrder() {
        assertThat(QueryOptions.parse("language=vie&output=json"))
                .containsExactly(entry("language", "vie"), entry("output", "json"));
    }

    @Test
    void plusStaysPlus() {
        assertThat(QueryOptions.parse("language=vie+eng")).containsEntry("language", "vie+eng");
    }

    @Test
    void percentEncodingDecoded() {
        assertThat(QueryOptions.parse("crop=10%2C20%2C30%2C40&pages=1-3%2C5"))
                .containsEntry("crop", "10,20,30,40")
                .containsEntry("pages", "1-3,5");
    }

    @Test
    void nameWithoutValueIsEmpty() {
        assertThat(QueryOptions.parse("grayscale")).containsEntry("grayscale", "");
    }

    @Test
    void blankIsEmpty() {
        assertThat(QueryOptions.parse(null)).isEmpty();
        assertThat(QueryOptions.parse(" ")).isEmpty();
    }

    @Test
    void repeatedOptionRejected() {
        assertThatThrownBy(() -> QueryOptions.parse("pages=1&pages=2"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'pages'");
    }

    private static java.util.Map.Entry<String, Object> entry(String key, Object value) {
        return java.util.Map.entry(key, value);
    }
}

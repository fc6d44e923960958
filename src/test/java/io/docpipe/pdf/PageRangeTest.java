package io.docpipe.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.error.InvalidOptionException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageRangeTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void unsetSelectsAllPages(String value) {
        assertThat(PageRange.resolve(value, 4)).containsExactly(0, 1, 2, 3);
        assertThat(PageRange.parse(value).selectsAllPages()).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' of {1} pages")
    @CsvSource(delimiter = '|', value = {
        "1-3,5     | 6 | 0 1 2 4",
        "7-        | 9 | 6 7 8",
        "3-        | 3 | 2",
        "2         | 3 | 1",
        "3-3       | 5 | 2",
        "5,1-3     | 5 | 0 1 2 4",
        "2,2,1-3   | 5 | 0 1 2",
        "' 1 , ,3 '| 5 | 0 2",
        "'1,,3,'   | 5 | 0 2",
        "' 2 - 4 ' | 5 | 1 2 3",
        "4-,1-5    | 6 | 0 1 2 3 4 5",
    })
    void selectsPagesInDocumentOrder(String value, int pageCount, String expected) {
        List<Integer> indexes = Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();

        assertThat(PageRange.resolve(value, pageCount)).isEqualTo(indexes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "1-2-3", "1;2", "1.5", "-2", "1-x", "--", "first", "2 3"})
    void malformedValueRejectedWithoutDocument(String value) {
        assertThatThrownBy(() -> PageRange.parse(value))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("option 'pages'")
                .hasMessageContaining("'" + value + "'")
                .hasMessageContaining("1-3,5 or 7-");
    }

    @Test
    void zeroRejected() {
        assertThatThrownBy(() -> PageRange.parse("0,1"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'0,1'")
                .hasMessageContaining("numbered from 1");
    }

    @Test
    void reversedRangeRejected() {
        assertThatThrownBy(() -> PageRange.parse("5-3"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'5-3'")
                .hasMessageContaining("write it as 3-5");
    }

    @Test
    void noPagesRejected() {
        assertThatThrownBy(() -> PageRange.parse(" , ,"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("names no pages");
    }

    @Test
    void hugePageNumberRejected() {
        assertThatThrownBy(() -> PageRange.parse("99999999999"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'99999999999'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4     | page 4 is beyond the last page",
        "2-9   | page 9 is beyond the last page",
        "5-    | page 5 is beyond the last page",
        "1,3-4 | page 4 is beyond the last page",
    })
    void pageBeyondCountRejected(String value, String reason) {
        PageRange range = PageRange.parse(value);

        assertThatThrownBy(() -> range.pageIndexes(3))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("option 'pages'")
                .hasMessageContaining("'" + value + "'")
                .hasMessageContaining(reason)
                .hasMessageContaining("the document has 3 pages");
    }

    @Test
    void syntaxErrorWithCountNamesCount() {
        assertThatThrownBy(() -> PageRange.resolve("x", 1))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'x'")
                .hasMessageContaining("the document has 1 page)");
    }
}

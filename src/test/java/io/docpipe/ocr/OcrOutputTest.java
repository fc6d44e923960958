package io.docpipe.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.error.InvalidOptionException;
import org.junit.jupiter.api.Test;

class OcrOutputTest {

    @Test
    void optionValuesIgnoreCase() {
        assertThat(OcrOutput.fromOption("text")).isEqualTo(OcrOutput.TEXT);
        assertThat(OcrOutput.fromOption("HOCR")).isEqualTo(OcrOutput.HOCR);
        assertThat(OcrOutput.fromOption("Tsv")).isEqualTo(OcrOutput.TSV);
        assertThat(OcrOutput.fromOption("json")).isEqualTo(OcrOutput.JSON);
    }

    @Test
    void unknownValueListsAllowed() {
        assertThatThrownBy(() -> OcrOutput.fromOption("pdf"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("Invalid value 'pdf' for option 'output' of operation 'ocr';"
                        + " allowed: text, hocr, tsv, json");
    }
}

package io.docpipe.ocr;

import io.docpipe.operation.InputDocument;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.Tika;

/** Input files for OCR tests, described as the docpipe component describes them. */
final class OcrInputs {

    private static final Tika TIKA = new Tika();

    private OcrInputs() {
    }

    /** Returns the file as an input, with the media type that Tika detects from its content. */
    static InputDocument of(Path file) throws IOException {
        return new InputDocument(file, file.getFileName().toString(), TIKA.detect(file));
    }

}

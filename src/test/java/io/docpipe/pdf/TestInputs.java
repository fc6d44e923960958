package io.docpipe.pdf;

import io.docpipe.operation.InputDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.tika.Tika;

/** Builds {@link InputDocument}s as the component does: the media type detected by Tika from the file. */
final class TestInputs {

    private static final Tika TIKA = new Tika();

    private TestInputs() {
    }

    static InputDocument of(Path path) {
        try {
            return new InputDocument(path, path.getFileName().toString(), TIKA.detect(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

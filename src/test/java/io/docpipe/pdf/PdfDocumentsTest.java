package io.docpipe.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.error.CorruptInputException;
import io.docpipe.error.EncryptedInputException;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.operation.InputDocument;
import io.docpipe.testing.Corpus;
import io.docpipe.testing.TestPdfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfDocumentsTest {

    @TempDir
    Path dir;

    @Test
    void opensOwnFixture() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "one", "two", "three");

        try (PDDocument document = PdfDocuments.open(TestInputs.of(pdf))) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
    }

    @Test
    void textFileNamedPdfIsUnsupported() throws IOException {
        Path text = Files.writeString(dir.resolve("x.pdf"), "Just some plain text, not a PDF.\n");
        InputDocument input = TestInputs.of(text);

        assertThatThrownBy(() -> PdfDocuments.open(input))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("'x.pdf'")
                .hasMessageContaining("text/plain");
    }

    @Test
    void emptyFileIsCorrupt() throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        InputDocument input = TestInputs.of(empty);

        assertThatThrownBy(() -> PdfDocuments.open(input))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("'empty.pdf'");
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 400, 2000})
    void truncatedFixtureIsCorrupt(int length) {
        Path source = TestPdfs.withText(dir.resolve("source.pdf"), "one", "two", "three");
        Path truncated = TestPdfs.truncated(source, dir.resolve("truncated.pdf"), length);
        InputDocument input = TestInputs.of(truncated);

        assertThatThrownBy(() -> PdfDocuments.open(input))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("'truncated.pdf'");
    }

    @Test
    void documentWithoutPagesIsCorrupt() {
        Path pdf = TestPdfs.withoutPages(dir.resolve("no-pages.pdf"));
        InputDocument input = TestInputs.of(pdf);

        assertThatThrownBy(() -> PdfDocuments.open(input))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("'no-pages.pdf'")
                .hasMessageContaining("no pages");
    }

    @Test
    void ownerPasswordOnlyOpensAndExtracts() throws IOException {
        Path pdf = TestPdfs.encrypted(dir.resolve("owner-only.pdf"), "owner-secret", "", "Protected but readable");

        try (PDDocument document = PdfDocuments.open(TestInputs.of(pdf))) {
            assertThat(document.isEncrypted()).isTrue();
            assertThat(document.getCurrentAccessPermission().canExtractContent()).isFalse();
            assertThat(new PDFTextStripper().getText(document)).contains("Protected but readable");
        }
    }

    @Test
    void userPasswordIsEncrypted() {
        Path pdf = TestPdfs.encrypted(dir.resolve("user-pw.pdf"), "owner-secret", "user-secret", "Hidden");
        InputDocument input = TestInputs.of(pdf);

        assertThatThrownBy(() -> PdfDocuments.open(input))
                .isInstanceOf(EncryptedInputException.class)
                .hasMessageContaining("'user-pw.pdf'")
                .hasMessageContaining("user password");
    }

    @Test
    void corpusOwnerPasswordOnlyOpens() throws IOException {
        InputDocument input = TestInputs.of(Corpus.file("pdf_encrypted_ownerpw_only_rc4.pdf"));

        try (PDDocument document = PdfDocuments.open(input)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getCurrentAccessPermission().canExtractContent()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf_encrypted_userpw_rc4_128.pdf", "pdf_encrypted_userpw_aes256_abc.pdf"})
    void corpusUserPasswordIsEncrypted(String name) {
        InputDocument input = TestInputs.of(Corpus.file(name));

        assertThatThrownBy(() -> PdfDocuments.open(input))
                .isInstanceOf(EncryptedInputException.class)
                .hasMessageContaining("'" + name + "' is encrypted with a user password");
    }

    @Test
    void corpusHeaderOnlyIsCorrupt() {
        InputDocument input = TestInputs.of(Corpus.file("pdf_invalid_header_only.pdf"));

        assertThatThrownBy(() -> PdfDocuments.open(input))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("'pdf_invalid_header_only.pdf'")
                .satisfies(e -> assertThat(e.getMessage()).contains(e.getCause().getMessage()));
    }

    @Test
    void corpusBrokenStartxrefOpens() throws IOException {
        InputDocument input = TestInputs.of(Corpus.file("pdf_broken_startxref_hello.pdf"));

        try (PDDocument document = PdfDocuments.open(input)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }
}

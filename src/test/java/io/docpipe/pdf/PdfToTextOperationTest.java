package io.docpipe.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.error.CorruptInputException;
import io.docpipe.error.EncryptedInputException;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.operation.OutputDocument;
import io.docpipe.testing.Corpus;
import io.docpipe.testing.TestPdfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfToTextOperationTest {

    private static final String VIETNAMESE = "Tiếng Việt có dấu: Hà Nội, Đà Nẵng, Huế, Nguyễn Trãi";

    private static final String[] LEFT_COLUMN = {"Left column line one", "Left column line two",
        "Left column line three"};
    private static final String[] RIGHT_COLUMN = {"Right column line one", "Right column line two",
        "Right column line three"};

    private final PdfToTextOperation operation = new PdfToTextOperation();

    @TempDir
    Path dir;

    @Test
    void threePagesSeparatedByFormFeed() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "First page\nsecond line", "Second page",
                "Third page");

        OutputDocument output = run(pdf, null);
        String[] pages = text(output).split("\f", -1);

        assertThat(pages).hasSize(3);
        assertThat(pages[0]).isEqualTo("First page\nsecond line\n");
        assertThat(pages[1]).isEqualTo("Second page\n");
        assertThat(pages[2]).isEqualTo("Third page\n");
        assertThat(output.fileName()).isEqualTo("three.txt");
        assertThat(output.mediaType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(output.path()).startsWith(dir.resolve("work"));
    }

    @Test
    void pagesOptionSelectsPage() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "First page", "Second page", "Third page");

        String text = text(run(pdf, "2"));

        assertThat(text).isEqualTo("Second page\n");
    }

    @Test
    void pagesInDocumentOrder() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "First page", "Second page", "Third page");

        String text = text(run(pdf, "3,1"));

        assertThat(text).isEqualTo("First page\n\fThird page\n");
    }

    @Test
    void pageBeyondCountRejected() {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "First page", "Second page", "Third page");

        assertThatThrownBy(() -> run(pdf, "2-4"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'2-4'")
                .hasMessageContaining("the document has 3 pages");
    }

    @Test
    void validateRejectsMalformedPages() {
        DocpipeConfiguration options = new DocpipeConfiguration();
        options.setPages("1-two");

        assertThatThrownBy(() -> operation.validate(options))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("option 'pages'")
                .hasMessageContaining("'1-two'");
    }

    @Test
    void vietnameseKeepsDiacritics() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("vi.pdf"), VIETNAMESE);

        String text = text(run(pdf, null));

        assertThat(text).isEqualTo(VIETNAMESE + "\n");
    }

    @Test
    void decomposedVietnameseComesOutComposed() throws IOException {
        // Each combining mark becomes a glyph of its own, as in PDFs that draw accents separately.
        String decomposed = Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD);
        Path pdf = TestPdfs.withText(dir.resolve("vi-nfd.pdf"), decomposed);

        String text = text(run(pdf, null));

        assertThat(text).contains(VIETNAMESE);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void twoColumnsKeepReadingOrder() throws IOException {
        Path pdf = TestPdfs.twoColumns(dir.resolve("columns.pdf"), LEFT_COLUMN, RIGHT_COLUMN);

        List<String> lines = text(run(pdf, null)).lines().map(String::strip).toList();

        List<String> expected = new ArrayList<>(List.of(LEFT_COLUMN));
        expected.addAll(List.of(RIGHT_COLUMN));
        assertThat(lines).isEqualTo(expected);
    }

    /** Why the operation does not sort by position: sorting interleaves the columns line by line. */
    @Test
    void sortByPositionMixesColumns() throws IOException {
        Path pdf = TestPdfs.twoColumns(dir.resolve("columns.pdf"), LEFT_COLUMN, RIGHT_COLUMN);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper sorted = new PDFTextStripper();
            sorted.setSortByPosition(true);
            List<String> lines = sorted.getText(document).lines().map(String::strip).toList();

            assertThat(lines.get(0)).isEqualTo("Left column line one Right column line one");
        }
    }

    @Test
    void scannedPagesGiveBlankPages() throws IOException {
        Path pdf = TestPdfs.scanned(dir.resolve("scan.pdf"), new String[] {"Scanned words"},
                new String[] {"More scanned words"});

        String[] pages = text(run(pdf, null)).split("\f", -1);

        assertThat(pages).hasSize(2);
        assertThat(pages[0]).isBlank();
        assertThat(pages[1]).isBlank();
    }

    @Test
    void ownerPasswordOnlyExtracts() throws IOException {
        Path pdf = TestPdfs.encrypted(dir.resolve("owner-only.pdf"), "owner-secret", "", "Readable text");

        assertThat(text(run(pdf, null))).isEqualTo("Readable text\n");
    }

    @Test
    void textFileNamedPdfUnsupported() throws IOException {
        Path text = Files.writeString(dir.resolve("x.pdf"), "plain text in disguise\n");

        assertThatThrownBy(() -> run(text, null)).isInstanceOf(UnsupportedInputException.class);
    }

    @Test
    void truncatedPdfCorrupt() {
        Path source = TestPdfs.withText(dir.resolve("source.pdf"), "First page", "Second page");
        Path truncated = TestPdfs.truncated(source, dir.resolve("truncated.pdf"), 1000);

        assertThatThrownBy(() -> run(truncated, null)).isInstanceOf(CorruptInputException.class);
    }

    @Test
    void emptyFileCorrupt() throws IOException {
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);

        assertThatThrownBy(() -> run(empty, null)).isInstanceOf(CorruptInputException.class);
    }

    @Test
    void concurrentCallsGiveSameText() throws Exception {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "First page", VIETNAMESE, "Third page");
        String expected = text(run(pdf, null));

        ExecutorService executor = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(executor.submit(() -> text(run(pdf, null))));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void corpusEprtrThreePages() throws IOException {
        String text = text(run(Corpus.file("pdf_text_3p_eprtr.pdf"), null));

        assertThat(text.split("\f", -1)).hasSize(3);
        assertThat(text).contains("E-PRTR pollutants and their thresholds");
    }

    @Test
    void corpusCweb28Pages() throws IOException {
        String text = text(run(Corpus.file("pdf_text_28p_cweb.pdf"), null));

        assertThat(text.split("\f", -1)).hasSize(28);
        assertThat(text).contains("The CWEB System of Structured Documentation");
    }

    @Test
    void corpusCwebPageRange() throws IOException {
        String text = text(run(Corpus.file("pdf_text_28p_cweb.pdf"), "27-"));

        assertThat(text.split("\f", -1)).hasSize(2);
        assertThat(text).doesNotContain("The CWEB System of Structured Documentation");
    }

    @Test
    void corpusVietnamese() throws IOException {
        String text = text(run(Corpus.file("pdf_text_vietnamese_2p.pdf"), null));

        assertThat(text.split("\f", -1)).hasSize(2);
        assertThat(text).contains("Áo Lụa Hà Đông");
        assertThat(text).contains("Nắng Sài Gòn anh đi mà chợt mát");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void corpusOwnerPasswordOnly() throws IOException {
        String text = text(run(Corpus.file("pdf_encrypted_ownerpw_only_rc4.pdf"), null));

        assertThat(text).contains("Pdf Test 1");
        assertThat(text).contains("Test test test");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf_encrypted_userpw_rc4_128.pdf", "pdf_encrypted_userpw_aes256_abc.pdf"})
    void corpusUserPasswordEncrypted(String name) {
        Path pdf = Corpus.file(name);

        assertThatThrownBy(() -> run(pdf, null)).isInstanceOf(EncryptedInputException.class);
    }

    @Test
    void corpusBrokenStartxref() throws IOException {
        assertThat(text(run(Corpus.file("pdf_broken_startxref_hello.pdf"), null))).contains("Hello, world!");
    }

    @Test
    void corpusType3Font() throws IOException {
        assertThat(text(run(Corpus.file("pdf_font_type3.pdf"), null))).contains("ababab");
    }

    @Test
    void corpusHeaderOnlyCorrupt() {
        Path pdf = Corpus.file("pdf_invalid_header_only.pdf");

        assertThatThrownBy(() -> run(pdf, null)).isInstanceOf(CorruptInputException.class);
    }

    private OutputDocument run(Path pdf, String pages) throws IOException {
        DocpipeConfiguration options = new DocpipeConfiguration();
        options.setPages(pages);
        operation.validate(options);
        Path work = Files.createDirectories(dir.resolve("work"));
        return operation.execute(TestInputs.of(pdf), options, Files.createTempDirectory(work, "call-"));
    }

    private static String text(OutputDocument output) throws IOException {
        return Files.readString(output.path(), StandardCharsets.UTF_8);
    }
}

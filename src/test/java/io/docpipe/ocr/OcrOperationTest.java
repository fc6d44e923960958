package io.docpipe.ocr;

import static io.docpipe.ocr.OcrText.normalizeSpace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.error.CorruptInputException;
import io.docpipe.error.EncryptedInputException;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.error.LimitExceededException;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.image.ImageDecoder;
import io.docpipe.operation.OutputDocument;
import io.docpipe.testing.TestImages;
import io.docpipe.testing.TestPdfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OcrOperationTest {

    private static TesseractPool pool;
    private static OcrOperation operation;

    @TempDir
    Path folder;

    @BeforeAll
    static void createOperation() {
        pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 2);
        operation = new OcrOperation(pool, new OcrLanguages(OcrLanguages.DEBIAN_TESSDATA), new ImageDecoder());
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    @Test
    void pngToText() throws IOException {
        Path png = TestImages.writeText(folder.resolve("letter.png"), "png", "Dear customer,",
                "your order has shipped");

        OutputDocument result = operation.execute(OcrInputs.of(png), options("eng", "text"), folder);

        assertThat(result.fileName()).isEqualTo("letter.txt");
        assertThat(result.mediaType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(result.path().getParent()).isEqualTo(folder);
        assertThat(normalizeSpace(read(result))).isEqualTo("Dear customer, your order has shipped");
    }

    @Test
    void vietnameseAliasVi() throws IOException {
        Path png = TestImages.writeText(folder.resolve("thu.png"), "png", "Tiếng Việt có dấu", "Hà Nội mùa thu");

        OutputDocument result = operation.execute(OcrInputs.of(png), options("vi", "text"), folder);

        assertThat(normalizeSpace(read(result))).isEqualTo("Tiếng Việt có dấu Hà Nội mùa thu");
    }

    @Test
    void jpegWithVietnameseAndEnglish() throws IOException {
        Path jpeg = TestImages.writeText(folder.resolve("mixed.jpg"), "jpeg", "Hà Nội mùa thu", "Autumn in Hanoi");

        OutputDocument result = operation.execute(OcrInputs.of(jpeg), options("vi+en", "text"), folder);

        assertThat(normalizeSpace(read(result))).isEqualTo("Hà Nội mùa thu Autumn in Hanoi");
    }

    @Test
    void twoPageTiffInOrder() throws IOException {
        Path tiff = TestImages.multiPageTiff(folder.resolve("pages.tif"),
                TestImages.renderText("First page of the contract"),
                TestImages.renderText("Second page with signatures"));

        OutputDocument result = operation.execute(OcrInputs.of(tiff), options("eng", "text"), folder);

        String[] pages = read(result).split("\f", -1);
        assertThat(pages).hasSize(2);
        assertThat(normalizeSpace(pages[0])).isEqualTo("First page of the contract");
        assertThat(normalizeSpace(pages[1])).isEqualTo("Second page with signatures");
    }

    @Test
    void scannedPdfPages() throws IOException {
        Path pdf = TestPdfs.scanned(folder.resolve("scan.pdf"),
                new String[] {"Quarterly report", "Sales rose in March"},
                new String[] {"Tiếng Việt có dấu"});

        OutputDocument result = operation.execute(OcrInputs.of(pdf), options("vie+eng", "text"), folder);

        String[] pages = read(result).split("\f", -1);
        assertThat(result.fileName()).isEqualTo("scan.txt");
        assertThat(pages).hasSize(2);
        assertThat(normalizeSpace(pages[0])).isEqualTo("Quarterly report Sales rose in March");
        assertThat(normalizeSpace(pages[1])).isEqualTo("Tiếng Việt có dấu");
    }

    @Test
    void pdfTextLayerStillRecognised() throws IOException {
        Path pdf = TestPdfs.withText(folder.resolve("born-digital.pdf"), "Payment terms are thirty days");

        OutputDocument result = operation.execute(OcrInputs.of(pdf), options("eng", "json"), folder);

        assertThat(Files.readString(result.path(), StandardCharsets.UTF_8))
                .contains("\"text\":\"Payment\"", "\"text\":\"thirty\"")
                // An A4 page rendered at 300 dpi.
                .contains("\"width\":2480", "\"height\":3508");
    }

    @Test
    void outputNamesAndTypes() throws IOException {
        Path png = TestImages.writeText(folder.resolve("scan.final.png"), "png", "Short note");

        OutputDocument hocr = operation.execute(OcrInputs.of(png), options("eng", "hocr"), folder);
        OutputDocument tsv = operation.execute(OcrInputs.of(png), options("eng", "tsv"), folder);
        OutputDocument json = operation.execute(OcrInputs.of(png), options("eng", "json"), folder);

        assertThat(hocr.fileName()).isEqualTo("scan.final.hocr.html");
        assertThat(hocr.mediaType()).isEqualTo("text/html");
        assertThat(read(hocr)).contains("ocr_page", "ocrx_word", ">Short<", ">note<");
        assertThat(tsv.fileName()).isEqualTo("scan.final.tsv");
        assertThat(tsv.mediaType()).isEqualTo("text/tab-separated-values");
        assertThat(read(tsv)).startsWith("level\tpage_num\t").contains("\tShort\n", "\tnote\n");
        assertThat(json.fileName()).isEqualTo("scan.final.json");
        assertThat(json.mediaType()).isEqualTo("application/json");
        assertThat(read(json)).startsWith("{\"language\":\"eng\",\"pages\":[{\"page\":1,");
    }

    @Test
    void unknownLanguageRejected() {
        assertThatThrownBy(() -> operation.validate(options("xx+eng", "text")))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("Unknown OCR language 'xx' in 'xx+eng'; installed: chi_sim, eng, vie (aliases: en, vi, zh)");
    }

    @Test
    void unknownOutputRejected() {
        assertThatThrownBy(() -> operation.validate(options("eng", "pdf")))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'pdf'")
                .hasMessageContaining("allowed: text, hocr, tsv, json");
    }

    @Test
    void textFileUnsupported() throws IOException {
        Path text = Files.writeString(folder.resolve("notes.txt"), "plain text, not an image");

        assertThatThrownBy(() -> operation.execute(OcrInputs.of(text), options("eng", "text"), folder))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("notes.txt")
                .hasMessageContaining("text/plain");
    }

    @Test
    void truncatedPngCorrupt() throws IOException {
        Path png = TestImages.writeText(folder.resolve("whole.png"), "png", "Cut off in the middle");
        Path truncated = TestPdfs.truncated(png, folder.resolve("truncated.png"), 200);

        assertThatThrownBy(() -> operation.execute(OcrInputs.of(truncated), options("eng", "text"), folder))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("truncated.png");
    }

    @Test
    void passwordPdfEncrypted() {
        Path pdf = TestPdfs.encrypted(folder.resolve("locked.pdf"), "owner", "secret", "Hidden text");

        assertThatThrownBy(() -> operation.execute(OcrInputs.of(pdf), options("eng", "text"), folder))
                .isInstanceOf(EncryptedInputException.class)
                .hasMessageContaining("locked.pdf");
    }

    @Test
    void hugePdfPageOverLimit() {
        // 200 x 200 inches: 60000 x 60000 pixels at 300 dpi, far over the renderer's pixel limit.
        Path pdf = TestPdfs.blankPage(folder.resolve("poster.pdf"), new PDRectangle(14400, 14400), 0);

        assertThatThrownBy(() -> operation.execute(OcrInputs.of(pdf), options("eng", "text"), folder))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("300 dpi")
                .hasMessageContaining("60000 x 60000");
    }

    @Test
    void optionsAreLanguageAndOutput() {
        assertThat(operation.name()).isEqualTo("ocr");
        assertThat(operation.options()).containsExactlyInAnyOrder("language", "output");
    }

    private static DocpipeConfiguration options(String language, String output) {
        DocpipeConfiguration options = new DocpipeConfiguration();
        options.setLanguage(language);
        options.setOutput(output);
        return options;
    }

    private static String read(OutputDocument document) throws IOException {
        return Files.readString(document.path(), StandardCharsets.UTF_8);
    }
}

package io.docpipe.ocr;

import static io.docpipe.ocr.OcrText.normalizeSpace;
import static org.assertj.core.api.Assertions.assertThat;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.image.ImageDecoder;
import io.docpipe.operation.OutputDocument;
import io.docpipe.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OCR of real-world scans and photos from the corpus; each test skips when the corpus is absent. */
class OcrCorpusTest {

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

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ocr_eng_phototest_1bit.tif      | en | The quick brown dog jumped over the lazy fox
            ocr_eng_testocr_gray.jpg        | en | This is a lot of 12 point text to test the
            bmp_text.bmp                    | en | Tesseract.js
            gif_text.gif                    | en | Tesseract.js
            webp_text.webp                  | en | Tesseract.js
            exif_orient3_chinese.jpg        | zh | 我是中国人
            ocr_chi_clean.png               | zh | 中文
            pdf_scan_1p_linn.pdf            | en | LinnSequencer
            """)
    void corpusFileContainsPhrase(String file, String language, String phrase) throws IOException {
        String text = recognize(Corpus.file(file), language);

        assertThat(normalizeSpace(text)).contains(phrase);
    }

    @Test
    void vietnameseWordExact() throws IOException {
        String text = recognize(Corpus.file("ocr_vie_word_tieng.tif"), "vi");

        assertThat(normalizeSpace(text)).isEqualTo("tiếng");
    }

    @Test
    void vietnamesePageWithGrayIcc() throws IOException {
        String text = normalizeSpace(recognize(Corpus.file("ocr_vie_page_icc_mismatch.png"), "vi"));

        assertThat(text).contains("Tôi Đi Học");
        assertThat(text).contains("lá ngoài đường rụng nhiều");
    }

    @Test
    void vietnameseTwoPageTiff() throws IOException {
        String[] pages = recognize(Corpus.file("ocr_vie_2p_toi_di_hoc.tif"), "vi").split("\f", -1);

        assertThat(pages).hasSize(2);
        assertThat(normalizeSpace(pages[0])).contains("cứ vào cuối thu");
        assertThat(normalizeSpace(pages[1])).contains("Sau một hồi trống thúc");
    }

    @Test
    void multipageTiffSecondPage() throws IOException {
        String[] pages = recognize(Corpus.file("tiff_multipage_2p.tif"), "en").split("\f", -1);

        assertThat(pages).hasSize(2);
        assertThat(normalizeSpace(pages[0])).contains("Page 1");
        assertThat(normalizeSpace(pages[1])).contains("Page 2");
    }

    /**
     * Compares docpipe with the tesseract command on files that record their resolution. Both should
     * give the same words; docpipe once let Tesseract estimate the resolution of every image, which
     * changed words on 300 dpi scans.
     */
    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ocr_eng_phototest_1bit.tif  | en | eng
            ocr_vie_2p_toi_di_hoc.tif   | vi | vie
            """)
    void sameWordsAsTesseractCommand(String file, String language, String tesseractLanguage)
            throws IOException, InterruptedException {
        Path input = Corpus.file(file);

        String ours = recognize(input, language);
        String theirs = Normalizer.normalize(tesseractCommand(input, tesseractLanguage), Normalizer.Form.NFC);

        assertThat(normalizeSpace(ours.replace('\f', ' '))).isEqualTo(normalizeSpace(theirs.replace('\f', ' ')));
    }

    private static String tesseractCommand(Path input, String language) throws IOException, InterruptedException {
        ProcessBuilder command = new ProcessBuilder("tesseract", input.toString(), "-", "-l", language)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        command.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("exit code of tesseract").isZero();
        return output;
    }

    private String recognize(Path file, String language) throws IOException {
        DocpipeConfiguration options = new DocpipeConfiguration();
        options.setLanguage(language);
        OutputDocument result = operation.execute(OcrInputs.of(file), options, folder);
        return Files.readString(result.path(), StandardCharsets.UTF_8);
    }
}

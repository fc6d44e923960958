package io.docpipe.ocr;

import static io.docpipe.ocr.OcrText.normalizeSpace;
import static org.assertj.core.api.Assertions.assertThat;

import io.docpipe.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageRecognizerTest {

    private static TesseractPool pool;
    private static PageRecognizer recognizer;

    @BeforeAll
    static void startPool() {
        pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 2);
        recognizer = new PageRecognizer(pool);
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    @Test
    void englishWordsFound() throws IOException {
        OcrResult result = recognize("eng", TestImages.renderText("The quick brown fox", "jumps over the lazy dog"));

        assertThat(result.language()).isEqualTo("eng");
        assertThat(normalizeSpace(result.pages().get(0).text()))
                .isEqualTo("The quick brown fox jumps over the lazy dog");
    }

    @Test
    void vietnameseDiacriticsKeptInNfc() throws IOException {
        OcrResult result = recognize("vie", TestImages.renderText("Tiếng Việt có dấu", "Hà Nội mùa thu"));

        String text = result.pages().get(0).text();
        assertThat(normalizeSpace(text)).isEqualTo("Tiếng Việt có dấu Hà Nội mùa thu");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void vietnameseWithEnglish() throws IOException {
        OcrResult result = recognize("vie+eng", TestImages.renderText("Hà Nội mùa thu", "Autumn in Hanoi"));

        assertThat(result.language()).isEqualTo("vie+eng");
        assertThat(normalizeSpace(result.pages().get(0).text())).isEqualTo("Hà Nội mùa thu Autumn in Hanoi");
    }

    @Test
    void pagesKeepTheirOrder() throws IOException {
        List<PageImage> pages = List.of(
                new PageImage(TestImages.renderText("First page of the letter"), 300),
                new PageImage(TestImages.renderText("Second page follows"), 300),
                new PageImage(TestImages.renderText("Third and last page"), 300),
                new PageImage(TestImages.renderText("Fourth page after the last"), 300));

        OcrResult result = recognizer.recognize(PageSource.of(pages), "eng", OcrOutput.TEXT);

        assertThat(result.pages()).extracting(OcrPage::page).containsExactly(1, 2, 3, 4);
        assertThat(result.pages()).extracting(page -> normalizeSpace(page.text())).containsExactly(
                "First page of the letter", "Second page follows", "Third and last page",
                "Fourth page after the last");
    }

    @Test
    void wordsHaveConfidenceAndBox() throws IOException {
        BufferedImage image = TestImages.renderText("Hello docpipe world");

        OcrPage page = recognizer.recognize(PageSource.of(List.of(new PageImage(image, 300))), "eng",
                OcrOutput.JSON).pages().get(0);

        assertThat(page.width()).isEqualTo(image.getWidth());
        assertThat(page.height()).isEqualTo(image.getHeight());
        assertThat(page.words()).extracting(OcrWord::text).containsExactly("Hello", "docpipe", "world");
        for (OcrWord word : page.words()) {
            assertThat(word.confidence()).isBetween(50f, 100f);
            assertThat(word.bbox().x()).isBetween(0, image.getWidth() - 1);
            assertThat(word.bbox().y()).isBetween(0, image.getHeight() - 1);
            assertThat(word.bbox().x() + word.bbox().width()).isLessThanOrEqualTo(image.getWidth());
            assertThat(word.bbox().y() + word.bbox().height()).isLessThanOrEqualTo(image.getHeight());
        }
        assertThat(page.words().get(0).bbox().x()).isLessThan(page.words().get(1).bbox().x());
    }

    @Test
    void blankPageGivesNoWords() throws IOException {
        BufferedImage blank = TestImages.renderText(" ");

        OcrPage page = recognizer.recognize(PageSource.of(List.of(new PageImage(blank, 300))), "eng",
                OcrOutput.JSON).pages().get(0);

        assertThat(page.text()).isBlank();
        assertThat(page.words()).isEmpty();
    }

    @Test
    void colourImageRecognised() throws IOException {
        BufferedImage colour = tint(TestImages.renderText("Colour scan of a receipt"), new Color(0, 0, 139),
                new Color(255, 250, 205));

        OcrResult result = recognize("eng", colour);

        assertThat(normalizeSpace(result.pages().get(0).text())).isEqualTo("Colour scan of a receipt");
    }

    /** Turns black-on-white text into {@code ink} on {@code paper}, in an 8-bit BGR image. */
    private static BufferedImage tint(BufferedImage gray, Color ink, Color paper) {
        BufferedImage colour = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                double inkShare = 1 - gray.getRaster().getSample(x, y, 0) / 255.0;
                int red = (int) Math.round(paper.getRed() + (ink.getRed() - paper.getRed()) * inkShare);
                int green = (int) Math.round(paper.getGreen() + (ink.getGreen() - paper.getGreen()) * inkShare);
                int blue = (int) Math.round(paper.getBlue() + (ink.getBlue() - paper.getBlue()) * inkShare);
                colour.setRGB(x, y, new Color(red, green, blue).getRGB());
            }
        }
        return colour;
    }

    private static OcrResult recognize(String language, BufferedImage image) throws IOException {
        return recognizer.recognize(PageSource.of(List.of(new PageImage(image, 300))), language, OcrOutput.TEXT);
    }
}

package io.docpipe.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.error.LimitExceededException;
import io.docpipe.testing.Corpus;
import io.docpipe.testing.TestPdfs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfPageRendererTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} at {1} dpi")
    @CsvSource({
        "A4, 150, 1240, 1754",
        "A4, 72, 595, 842",
        "A4, 300, 2480, 3508",
        "LETTER, 300, 2550, 3300",
        "A5, 96, 559, 794",
    })
    void imageSizeIsRoundedPageSize(String sizeName, int dpi, int width, int height) throws IOException {
        Path pdf = TestPdfs.blankPage(dir.resolve("page.pdf"), pageSize(sizeName), 0);

        BufferedImage image = render(pdf, 0, dpi, ImageType.RGB);

        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    @Test
    void drawsContentInPlace() throws IOException {
        Path pdf = TestPdfs.blankPage(dir.resolve("page.pdf"), PDRectangle.A4, 0);

        BufferedImage image = render(pdf, 0, 72, ImageType.RGB);

        // The fixture fills the top-left inch: 72 pixels at 72 dpi.
        assertThat(image.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0x000000);
        assertThat(image.getRGB(80, 10) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(image.getRGB(image.getWidth() - 10, 10) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void rotatedPageSwapsSides() throws IOException {
        Path pdf = TestPdfs.blankPage(dir.resolve("rotated.pdf"), PDRectangle.A4, 90);

        BufferedImage image = render(pdf, 0, 150, ImageType.RGB);

        assertThat(image.getWidth()).isEqualTo(1754);
        assertThat(image.getHeight()).isEqualTo(1240);
        // Rotating by 90 degrees clockwise moves the top-left square to the top-right corner.
        assertThat(image.getRGB(image.getWidth() - 20, 20) & 0xFFFFFF).isEqualTo(0x000000);
        assertThat(image.getRGB(20, 20) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void grayImageType() throws IOException {
        Path pdf = TestPdfs.blankPage(dir.resolve("page.pdf"), PDRectangle.A4, 0);

        BufferedImage image = render(pdf, 0, 72, ImageType.GRAY);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getRaster().getSample(10, 10, 0)).isZero();
    }

    @Test
    void oversizedPageRejected() throws IOException {
        Path pdf = TestPdfs.blankPage(dir.resolve("poster.pdf"), new PDRectangle(10_000, 10_000), 0);

        try (PDDocument document = PdfDocuments.open(TestInputs.of(pdf))) {
            PdfPageRenderer renderer = new PdfPageRenderer(document);

            assertThatThrownBy(() -> renderer.render(0, 150))
                    .isInstanceOf(LimitExceededException.class)
                    .hasMessageContaining("Page 1 at 150 dpi")
                    .hasMessageContaining("20833 x 20833 pixels")
                    .hasMessageContaining("limit of 200 megapixels");
        }
    }

    @ParameterizedTest(name = "{0} x {1} points to {2} x {3} pixels")
    @CsvSource({
        "595.27563, 841.8898, 1240, 1754",
        "612, 792, 2550, 3300",
        "841.8898, 595.27563, 1754, 1240",
        "419.52756, 595.27563, 1748, 2480",
        "1224, 792, 1700, 1100",
        "2383.937, 3370.394, 1192, 1685",
    })
    void scaleLandsOnTargetSize(float widthPoints, float heightPoints, int width, int height) {
        float scale = PdfPageRenderer.scaleFor(new PDRectangle(widthPoints, heightPoints), width, height);

        // The size formula of PDFBox 3.0's PDFRenderer.renderImage.
        assertThat((int) Math.floor(widthPoints * scale)).isEqualTo(width);
        assertThat((int) Math.floor(heightPoints * scale)).isEqualTo(height);
    }

    @Test
    void narrowStripKeepsLongSide() {
        // Rounded, the strip is 418 x 29170 pixels, but the scale that makes the short side 418
        // pixels makes the long side 29175.
        float scale = PdfPageRenderer.scaleFor(new PDRectangle(100.3f, 7000.7f), 418, 29170);

        assertThat((int) Math.floor(100.3f * scale)).isEqualTo(417);
        assertThat((int) Math.floor(7000.7f * scale)).isEqualTo(29170);
    }

    @Test
    void corpusJbig2ScanNotBlank() throws IOException {
        Path pdf = Corpus.file("pdf_scan_1p_linn.pdf");

        BufferedImage image = render(pdf, 0, 100, ImageType.GRAY);

        // The scan is US Letter. A typed page is a few percent ink, and a blank render has none.
        assertThat(image.getWidth()).isEqualTo(850);
        assertThat(image.getHeight()).isEqualTo(1100);
        assertThat(darkFraction(image)).isGreaterThan(0.01);
    }

    private static BufferedImage render(Path pdf, int pageIndex, int dpi, ImageType type) throws IOException {
        try (PDDocument document = PdfDocuments.open(TestInputs.of(pdf))) {
            return new PdfPageRenderer(document).render(pageIndex, dpi, type);
        }
    }

    /** Returns the fraction of pixels darker than mid-grey in a gray image. */
    static double darkFraction(BufferedImage gray) {
        long dark = 0;
        for (int y = 0; y < gray.getHeight(); y++) {
            for (int x = 0; x < gray.getWidth(); x++) {
                if ((gray.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) gray.getWidth() * gray.getHeight());
    }

    private static PDRectangle pageSize(String name) {
        return switch (name) {
            case "A4" -> PDRectangle.A4;
            case "A5" -> PDRectangle.A5;
            case "LETTER" -> PDRectangle.LETTER;
            default -> throw new IllegalArgumentException(name);
        };
    }
}

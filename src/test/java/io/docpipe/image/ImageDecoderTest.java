package io.docpipe.image;

import static io.docpipe.image.ImageFiles.mediaType;
import static io.docpipe.image.ImageFiles.meanBrightness;
import static io.docpipe.image.ImageFiles.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.error.CorruptInputException;
import io.docpipe.error.LimitExceededException;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.testing.Corpus;
import io.docpipe.testing.TestImages;
import io.docpipe.testing.TestPdfs;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencv.core.CvType;
import org.opencv.core.Mat;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder();

    @TempDir
    Path folder;

    @Test
    void quadrantPngExactColours() throws IOException {
        Path file = TestImages.write(TestImages.quadrants(200, 100), "png", folder.resolve("card.png"));

        BufferedImage image = single(file);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(100);
        assertThat(rgb(image, 10, 10)).containsExactly(255, 0, 0);
        assertThat(rgb(image, 190, 10)).containsExactly(0, 255, 0);
        assertThat(rgb(image, 10, 90)).containsExactly(0, 0, 255);
        assertThat(rgb(image, 190, 90)).containsExactly(255, 255, 255);
    }

    @Test
    void vietnameseTextStaysGray() throws IOException {
        BufferedImage rendered = TestImages.renderText("Tiếng Việt có dấu: Tôi đi học");
        Path file = TestImages.write(rendered, "png", folder.resolve("viet.png"));

        BufferedImage image = single(file);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getWidth()).isEqualTo(rendered.getWidth());
        assertThat(image.getHeight()).isEqualTo(rendered.getHeight());
        for (int y = 0; y < rendered.getHeight(); y += 7) {
            for (int x = 0; x < rendered.getWidth(); x += 7) {
                assertThat(image.getRaster().getSample(x, y, 0)).isEqualTo(rendered.getRaster().getSample(x, y, 0));
            }
        }
    }

    @Test
    void alphaCompositedOverWhite() throws IOException {
        BufferedImage translucent = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = translucent.createGraphics();
        graphics.setColor(new Color(255, 0, 0, 128));
        graphics.fillRect(0, 0, 20, 20);
        graphics.dispose();
        Path file = TestImages.write(translucent, "png", folder.resolve("translucent.png"));

        BufferedImage image = single(file);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        int[] halfRed = rgb(image, 5, 5);
        assertThat(halfRed[0]).isEqualTo(255);
        assertThat(halfRed[1]).isBetween(125, 129);
        assertThat(halfRed[2]).isBetween(125, 129);
        assertThat(rgb(image, 30, 5)).containsExactly(255, 255, 255);
    }

    @Test
    void sixteenBitGrayScaledToEightBit() throws IOException {
        BufferedImage deep = new BufferedImage(10, 10, BufferedImage.TYPE_USHORT_GRAY);
        deep.getRaster().setSample(3, 3, 0, 0x8000);
        deep.getRaster().setSample(4, 4, 0, 0xffff);
        Path file = TestImages.write(deep, "png", folder.resolve("deep.png"));

        BufferedImage image = single(file);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getRaster().getSample(0, 0, 0)).isZero();
        assertThat(image.getRaster().getSample(3, 3, 0)).isEqualTo(128);
        assertThat(image.getRaster().getSample(4, 4, 0)).isEqualTo(255);
    }

    @Test
    void ownMultiPageTiffEveryPage() throws IOException {
        Path file = ImageFiles.multiPageTiff(folder.resolve("three.tif"),
                TestImages.renderText("Page one"), TestImages.quadrants(120, 80), TestImages.renderText("Trang ba"));

        List<BufferedImage> pages = decoder.decodePages(file, mediaType(file));

        assertThat(pages).hasSize(3);
        assertThat(decoder.pageCount(file, mediaType(file))).isEqualTo(3);
        assertThat(pages.get(0).getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(pages.get(1).getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(pages.get(1).getWidth()).isEqualTo(120);
        assertThat(rgb(pages.get(1), 100, 10)).containsExactly(0, 255, 0);
        assertThat(pages.get(2).getWidth()).isEqualTo(TestImages.renderText("Trang ba").getWidth());
    }

    @Test
    void decodeMatsTypes() throws IOException {
        Path file = ImageFiles.multiPageTiff(folder.resolve("two.tif"),
                TestImages.renderText("gray"), TestImages.quadrants(60, 40));

        List<Mat> mats = decoder.decodeMats(file, mediaType(file));
        try {
            assertThat(mats).hasSize(2);
            assertThat(mats.get(0).type()).isEqualTo(CvType.CV_8UC1);
            assertThat(mats.get(1).type()).isEqualTo(CvType.CV_8UC3);
            assertThat(mats.get(1).cols()).isEqualTo(60);
        } finally {
            mats.forEach(Mat::release);
        }
    }

    @Test
    void pageIndexOutOfRange() throws IOException {
        Path file = TestImages.write(TestImages.quadrants(20, 20), "png", folder.resolve("one.png"));

        assertThatThrownBy(() -> decoder.decodePage(file, "image/png", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 1 page");
    }

    @Test
    void pdfUnsupported() throws IOException {
        Path file = TestPdfs.withText(folder.resolve("text.pdf"), "Hello");

        assertThatThrownBy(() -> decoder.decodePages(file, mediaType(file)))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("'application/pdf'")
                .hasMessageContaining("image/png")
                .hasMessageContaining("image/webp");
    }

    @Test
    void emptyFileCorrupt() throws IOException {
        Path file = Files.createFile(folder.resolve("empty.png"));

        assertThatThrownBy(() -> decoder.decodePages(file, "image/png"))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void truncatedPngCorrupt() throws IOException {
        Path whole = TestImages.write(TestImages.renderText("Truncated text"), "png", folder.resolve("whole.png"));
        Path file = TestPdfs.truncated(whole, folder.resolve("truncated.png"), (int) Files.size(whole) / 2);

        assertThat(mediaType(file)).isEqualTo("image/png");
        assertThatThrownBy(() -> decoder.decodePages(file, mediaType(file)))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("truncated.png");
    }

    @Test
    void randomBytesNamedPngCorrupt() throws IOException {
        Path file = ImageFiles.randomBytes(folder.resolve("noise.png"), 4096);

        assertThat(new org.apache.tika.Tika().detect(Files.newInputStream(file), "noise.png"))
                .isEqualTo("image/png");
        assertThatThrownBy(() -> decoder.decodePages(file, "image/png"))
                .isInstanceOf(CorruptInputException.class);
    }

    @Test
    void oversizedPngHeaderRejected() throws IOException {
        Path file = ImageFiles.pngHeaderOnly(folder.resolve("huge.png"), 20_000, 20_000);

        assertThatThrownBy(() -> decoder.decodePages(file, mediaType(file)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("20000x20000")
                .hasMessageContaining("200 megapixels");
    }

    @Test
    void oversizedWebpHeaderRejected() throws IOException {
        Path file = ImageFiles.webpHeaderOnly(folder.resolve("huge.webp"), 16_000, 16_000);

        assertThatThrownBy(() -> decoder.decodePages(file, "image/webp"))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("16000x16000");
    }

    @Test
    void corpusExifOrientation6Landscape() throws IOException {
        Path file = Corpus.file("exif_orient6_photo.jpg");
        BufferedImage stored = ImageIO.read(file.toFile());

        BufferedImage image = single(file);

        assertThat(stored.getWidth()).isEqualTo(1200);
        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(image.getHeight()).isEqualTo(1200);
        // Orientation 6 means the stored pixels are turned 90 degrees clockwise for display.
        assertThat(meanDifference(image, stored, (x, y) -> new int[] {y, stored.getHeight() - 1 - x}))
                .isLessThan(6);
    }

    @Test
    void corpusExifOrientation3Upright() throws IOException {
        Path file = Corpus.file("exif_orient3_chinese.jpg");
        BufferedImage stored = ImageIO.read(file.toFile());
        int width = stored.getWidth();
        int height = stored.getHeight();

        BufferedImage image = single(file);

        assertThat(image.getWidth()).isEqualTo(752);
        assertThat(image.getHeight()).isEqualTo(306);
        double rotated = meanDifference(image, stored, (x, y) -> new int[] {width - 1 - x, height - 1 - y});
        double asStored = meanDifference(image, stored, (x, y) -> new int[] {x, y});
        assertThat(rotated).isLessThan(3);
        assertThat(asStored).isGreaterThan(rotated * 3);
    }

    @Test
    void corpusCmykJpegBlueRiver() throws IOException {
        BufferedImage image = single(Corpus.file("jpeg_cmyk_map.jpg"));

        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(682);
        // The map is mostly white paper; inverted CMYK would make it mostly dark.
        assertThat(meanBrightness(image)).isGreaterThan(180);
        long bluePixels = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int[] rgb = rgb(image, x, y);
                if (rgb[2] > rgb[0] + 60 && rgb[2] > rgb[1] + 20) {
                    bluePixels++;
                }
            }
        }
        assertThat(bluePixels).isGreaterThan(image.getWidth() * image.getHeight() / 50);
    }

    @Test
    void corpusSixteenBitPng() throws IOException {
        Path file = Corpus.file("png_16bit_rgb.png");
        BufferedImage deep = ImageIO.read(file.toFile());

        BufferedImage image = single(file);

        assertThat(deep.getColorModel().getComponentSize(0)).isEqualTo(16);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(image.getWidth()).isEqualTo(100);
        for (int[] point : new int[][] {{10, 10}, {50, 50}, {90, 20}}) {
            for (int band = 0; band < 3; band++) {
                int expected = Math.round(deep.getRaster().getSample(point[0], point[1], band) / 257f);
                assertThat(image.getRaster().getSample(point[0], point[1], band))
                        .isBetween(expected - 1, expected + 1);
            }
        }
    }

    @Test
    void corpusAlphaPngOnWhite() throws IOException {
        Path file = Corpus.file("png_alpha_text.png");
        BufferedImage withAlpha = ImageIO.read(file.toFile());

        BufferedImage image = single(file);

        assertThat(withAlpha.getColorModel().hasAlpha()).isTrue();
        assertThat(withAlpha.getRGB(0, 0) >>> 24).isZero();
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(rgb(image, 0, 0)).containsExactly(255, 255, 255);
        assertThat(meanBrightness(image)).isGreaterThan(150);
    }

    @Test
    void corpusIccMismatchPaletteLoads() throws IOException {
        BufferedImage image = single(Corpus.file("ocr_vie_page_icc_mismatch.png"));

        assertThat(image.getWidth()).isEqualTo(2550);
        assertThat(image.getHeight()).isEqualTo(3300);
        assertThat(meanBrightness(image)).isBetween(180.0, 254.0);
    }

    @Test
    void corpusTiffTwoPages() throws IOException {
        Path file = Corpus.file("tiff_multipage_2p.tif");

        List<BufferedImage> pages = decoder.decodePages(file, mediaType(file));

        assertThat(pages).hasSize(2);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.getWidth()).isEqualTo(800);
            assertThat(page.getHeight()).isEqualTo(600);
        });
        // The pages differ only in the final digit, "Page 1" against "Page 2".
        assertThat(differingPixels(pages.get(0), pages.get(1))).isGreaterThan(300);
    }

    @Test
    void corpusVietnameseTiffTwoPages() throws IOException {
        Path file = Corpus.file("ocr_vie_2p_toi_di_hoc.tif");

        List<BufferedImage> pages = decoder.decodePages(file, mediaType(file));

        assertThat(pages).hasSize(2);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            assertThat(page.getWidth()).isEqualTo(2550);
            assertThat(page.getHeight()).isEqualTo(3300);
            assertThat(meanBrightness(page)).isBetween(200.0, 254.0);
        });
    }

    @Test
    void corpusOneBitTiffsBlackOnWhite() throws IOException {
        for (String name : List.of("ocr_eng_phototest_1bit.tif", "ocr_eng_eurotext_1bit.tif", "ocr_vie_word_tieng.tif")) {
            Path file = Corpus.file(name);
            BufferedImage stored = ImageIO.read(file.toFile());

            BufferedImage image = single(file);

            assertThat(image.getType()).as(name).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            assertThat(image.getWidth()).as(name).isEqualTo(stored.getWidth());
            assertThat(image.getHeight()).as(name).isEqualTo(stored.getHeight());
            assertThat(meanBrightness(image)).as(name).isBetween(180.0, 254.0);
        }
    }

    @Test
    void corpusBmpGifWebp() throws IOException {
        for (String name : List.of("bmp_text.bmp", "gif_text.gif", "webp_text.webp")) {
            Path file = Corpus.file(name);

            BufferedImage image = single(file);

            assertThat(image.getWidth()).as(name).isEqualTo(320);
            assertThat(image.getHeight()).as(name).isEqualTo(180);
            assertThat(meanBrightness(image)).as(name).isBetween(150.0, 254.0);
        }
    }

    @Test
    void corpusWebpHeaderSize() throws IOException {
        PageHeader header = WebpHeader.read(Corpus.file("webp_text.webp")).orElseThrow();

        assertThat(header.width()).isEqualTo(320);
        assertThat(header.height()).isEqualTo(180);
    }

    private BufferedImage single(Path file) throws IOException {
        List<BufferedImage> pages = decoder.decodePages(file, mediaType(file));
        assertThat(pages).hasSize(1);
        return pages.get(0);
    }

    /** Maps a pixel of the decoded image to the pixel of the stored image it should come from. */
    private interface PixelMapping {
        int[] storedPoint(int x, int y);
    }

    /** Counts the pixels whose red, green or blue differ by more than 64 between two same-sized images. */
    private static long differingPixels(BufferedImage first, BufferedImage second) {
        long count = 0;
        for (int y = 0; y < first.getHeight(); y++) {
            for (int x = 0; x < first.getWidth(); x++) {
                int[] a = rgb(first, x, y);
                int[] b = rgb(second, x, y);
                if (Math.abs(a[0] - b[0]) > 64 || Math.abs(a[1] - b[1]) > 64 || Math.abs(a[2] - b[2]) > 64) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Mean absolute difference per sample over a grid of points, from 0 (same) to 255. */
    private static double meanDifference(BufferedImage image, BufferedImage stored, PixelMapping mapping) {
        double sum = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                int[] point = mapping.storedPoint(x, y);
                int[] expected = rgb(stored, point[0], point[1]);
                int[] actual = rgb(image, x, y);
                for (int band = 0; band < 3; band++) {
                    sum += Math.abs(expected[band] - actual[band]);
                    count++;
                }
            }
        }
        return sum / count;
    }
}

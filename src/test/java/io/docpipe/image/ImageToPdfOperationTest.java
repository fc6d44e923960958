package io.docpipe.image;

import static io.docpipe.image.ImageFiles.encode;
import static io.docpipe.image.ImageFiles.mediaType;
import static io.docpipe.image.ImageFiles.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.error.CorruptInputException;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.error.LimitExceededException;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.operation.InputDocument;
import io.docpipe.operation.OutputDocument;
import io.docpipe.testing.Corpus;
import io.docpipe.testing.TestImages;
import io.docpipe.testing.TestPdfs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageToPdfOperationTest {

    private final ImageToPdfOperation operation = new ImageToPdfOperation();
    private final ImageDecoder decoder = new ImageDecoder();

    @TempDir
    Path folder;

    private Path workDirectory;

    @BeforeEach
    void createWorkDirectory() throws IOException {
        workDirectory = Files.createDirectory(folder.resolve("work"));
    }

    @Test
    void singlePngFitsPageAt96Dpi() throws IOException {
        Path png = TestImages.write(TestImages.quadrants(192, 96), "png", folder.resolve("card.png"));

        OutputDocument output = convert(png, "fit");

        assertThat(output.fileName()).isEqualTo("card.pdf");
        assertThat(output.mediaType()).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(output.path().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertPageSize(pdf.getPage(0), 144, 72);
            PDImageXObject image = images(pdf.getPage(0)).get(0);
            assertThat(image.getWidth()).isEqualTo(192);
            assertThat(image.getHeight()).isEqualTo(96);
            BufferedImage rendered = new PDFRenderer(pdf).renderImageWithDPI(0, 96);
            assertThat(rendered.getWidth()).isEqualTo(192);
            assertThat(rgb(rendered, 40, 20)).containsExactly(255, 0, 0);
            assertThat(rgb(rendered, 150, 20)).containsExactly(0, 255, 0);
            assertThat(rgb(rendered, 40, 80)).containsExactly(0, 0, 255);
        }
    }

    @Test
    void corpusTiffTwoPagesAtRecordedDpi() throws IOException {
        OutputDocument output = convert(Corpus.file("ocr_vie_2p_toi_di_hoc.tif"), "fit");

        try (PDDocument pdf = Loader.loadPDF(output.path().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            for (PDPage page : pdf.getPages()) {
                // 2550x3300 pixels at 300 dpi: 8.5x11 inches.
                assertPageSize(page, 612, 792);
                PDImageXObject image = images(page).get(0);
                assertThat(image.getWidth()).isEqualTo(2550);
                assertThat(image.getHeight()).isEqualTo(3300);
                assertThat(image.getBitsPerComponent()).isEqualTo(1);
            }
        }
    }

    @Test
    void corpusRgbTiffTwoPages() throws IOException {
        OutputDocument output = convert(Corpus.file("tiff_multipage_2p.tif"), "fit");

        try (PDDocument pdf = Loader.loadPDF(output.path().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(images(pdf.getPage(1)).get(0).getWidth()).isEqualTo(800);
            assertThat(images(pdf.getPage(1)).get(0).getHeight()).isEqualTo(600);
        }
    }

    @Test
    void zipOfThreeImagesInNaturalOrder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("scans/", new byte[0]);
        entries.put("scans/page10.png", encode(TestImages.quadrants(30, 20), "png"));
        entries.put("scans/page2.jpg", encode(TestImages.quadrants(20, 20), "jpeg"));
        entries.put("scans/page1.png", encode(TestImages.renderText("Trang một"), "png"));
        entries.put("__MACOSX/scans/._page1.png", new byte[] {0, 5, 22, 7});
        entries.put("scans/.DS_Store", new byte[] {0, 0, 0, 1});
        Path zip = ImageFiles.zip(folder.resolve("scans.zip"), entries);

        OutputDocument output = convert(zip, "fit");

        assertThat(output.fileName()).isEqualTo("scans.pdf");
        try (PDDocument pdf = Loader.loadPDF(output.path().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(images(pdf.getPage(0)).get(0).getWidth())
                    .isEqualTo(TestImages.renderText("Trang một").getWidth());
            assertThat(images(pdf.getPage(1)).get(0).getWidth()).isEqualTo(20);
            assertThat(images(pdf.getPage(1)).get(0).getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
            assertThat(images(pdf.getPage(2)).get(0).getWidth()).isEqualTo(30);
        }
    }

    @Test
    void zipWithTextEntryRejected() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("page1.png", encode(TestImages.quadrants(20, 20), "png"));
        entries.put("readme.txt", "Đây là tệp văn bản, không phải ảnh.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path zip = ImageFiles.zip(folder.resolve("mixed.zip"), entries);

        assertThatThrownBy(() -> convert(zip, "fit"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("'readme.txt'")
                .hasMessageContaining("text/plain");
    }

    @Test
    void zipSlipNameStaysInside() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../escaped.png", encode(TestImages.quadrants(20, 20), "png"));
        Path zip = ImageFiles.zip(folder.resolve("slip.zip"), entries);

        OutputDocument output = convert(zip, "fit");

        try (PDDocument pdf = Loader.loadPDF(output.path().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        try (Stream<Path> all = Files.walk(folder.getParent())) {
            List<Path> escaped = all.filter(path -> path.getFileName().toString().equals("escaped.png")).toList();
            assertThat(escaped).hasSize(1);
            assertThat(escaped.get(0)).startsWith(workDirectory);
        }
    }

    @Test
    void zipWithTooManyEntries() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= ZipImages.MAX_ENTRIES; i++) {
            entries.put("page" + i + ".png", new byte[] {1});
        }
        Path zip = ImageFiles.zip(folder.resolve("many.zip"), entries);

        assertThatThrownBy(() -> convert(zip, "fit"))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("1001 entries");
    }

    @Test
    void zipUnpackedSizeLimited() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.png", encode(TestImages.quadrants(20, 20), "png"));
        entries.put("b.bmp", new byte[3 * 1024 * 1024]);
        Path zip = ImageFiles.zip(folder.resolve("bomb.zip"), entries);

        assertThat(Files.size(zip)).isLessThan(100_000);
        assertThatThrownBy(() -> ZipImages.unpack(zip, "bomb.zip", workDirectory, 2 * 1024 * 1024))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageContaining("'b.bmp'")
                .hasMessageContaining("2 MiB");
    }

    @Test
    void emptyZipUnsupported() throws IOException {
        Path zip = ImageFiles.zip(folder.resolve("empty.zip"), Map.of("folder/", new byte[0]));

        assertThatThrownBy(() -> convert(zip, "fit"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("no images");
    }

    @Test
    void truncatedZipCorrupt() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.png", encode(TestImages.renderText("Bị cắt"), "png"));
        Path whole = ImageFiles.zip(folder.resolve("whole.zip"), entries);
        Path zip = TestPdfs.truncated(whole, folder.resolve("cut.zip"), (int) Files.size(whole) / 2);

        assertThat(mediaType(zip)).isEqualTo("application/zip");
        assertThatThrownBy(() -> convert(zip, "fit"))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("cut.zip");
    }

    @Test
    void a4PortraitCentredNotEnlarged() throws IOException {
        // 400x600 pixels at 96 dpi: 300x450 points, which fits within A4's margins as it is.
        Path png = TestImages.write(TestImages.quadrants(400, 600), "png", folder.resolve("tall.png"));

        try (PDDocument pdf = Loader.loadPDF(convert(png, "A4").path().toFile())) {
            assertPageSize(pdf.getPage(0), PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            int[] bounds = nonWhiteBounds(new PDFRenderer(pdf).renderImageWithDPI(0, 72));
            float left = (PDRectangle.A4.getWidth() - 300) / 2;
            float top = (PDRectangle.A4.getHeight() - 450) / 2;
            assertThat(bounds[0]).isCloseTo(Math.round(left), within(1));
            assertThat(bounds[1]).isCloseTo(Math.round(top), within(1));
            assertThat(bounds[2] - bounds[0] + 1).isCloseTo(300, within(2));
            assertThat(bounds[3] - bounds[1] + 1).isCloseTo(450, within(2));
        }
    }

    @Test
    void a4LandscapeForWideImage() throws IOException {
        Path png = TestImages.write(TestImages.quadrants(600, 400), "png", folder.resolve("wide.png"));

        try (PDDocument pdf = Loader.loadPDF(convert(png, "a4").path().toFile())) {
            assertPageSize(pdf.getPage(0), PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        }
    }

    @Test
    void letterScalesLargeImageDown() throws IOException {
        // 4000x2000 pixels at 96 dpi: 3000x1500 points, scaled to the 720 points between Letter's
        // landscape margins: 720x360, centred on the 792x612 page.
        Path png = TestImages.write(TestImages.quadrants(4000, 2000), "png", folder.resolve("banner.png"));

        try (PDDocument pdf = Loader.loadPDF(convert(png, "Letter").path().toFile())) {
            assertPageSize(pdf.getPage(0), 792, 612);
            assertThat(images(pdf.getPage(0)).get(0).getWidth()).isEqualTo(4000);
            int[] bounds = nonWhiteBounds(new PDFRenderer(pdf).renderImageWithDPI(0, 72));
            assertThat(bounds[0]).isCloseTo(36, within(1));
            assertThat(bounds[1]).isCloseTo(126, within(1));
            assertThat(bounds[2] - bounds[0] + 1).isCloseTo(720, within(2));
            assertThat(bounds[3] - bounds[1] + 1).isCloseTo(360, within(2));
        }
    }

    @Test
    void jpegEmbeddedUnchanged() throws IOException {
        Path jpeg = TestImages.write(TestImages.quadrants(120, 80), "jpeg", folder.resolve("photo.jpg"));

        try (PDDocument pdf = Loader.loadPDF(convert(jpeg, "fit").path().toFile())) {
            PDImageXObject image = images(pdf.getPage(0)).get(0);
            assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.DCT_DECODE);
            try (InputStream raw = image.getCOSObject().createRawInputStream()) {
                assertThat(raw.readAllBytes()).isEqualTo(Files.readAllBytes(jpeg));
            }
        }
    }

    @Test
    void corpusExifJpegsUpright() throws IOException {
        for (String name : List.of("exif_orient6_photo.jpg", "exif_orient3_chinese.jpg")) {
            Path jpeg = Corpus.file(name);
            BufferedImage upright = decoder.decodePage(jpeg, "image/jpeg", 0);

            try (PDDocument pdf = Loader.loadPDF(convert(jpeg, "fit").path().toFile())) {
                PDImageXObject image = images(pdf.getPage(0)).get(0);
                assertThat(image.getCOSObject().getFilters()).as(name).isEqualTo(COSName.DCT_DECODE);
                PDRectangle page = pdf.getPage(0).getMediaBox();
                assertThat(page.getWidth() / page.getHeight()).as(name)
                        .isCloseTo((float) upright.getWidth() / upright.getHeight(), within(0.01f));

                float scale = upright.getWidth() / page.getWidth();
                BufferedImage rendered = new PDFRenderer(pdf).renderImage(0, scale);
                assertThat(rendered.getWidth()).as(name).isCloseTo(upright.getWidth(), within(1));
                assertThat(meanDifference(rendered, upright)).as(name).isLessThan(8);
            }
        }
    }

    @Test
    void corpusCmykJpegLosslessBlue() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(convert(Corpus.file("jpeg_cmyk_map.jpg"), "fit").path().toFile())) {
            PDImageXObject image = images(pdf.getPage(0)).get(0);
            assertThat(image.getCOSObject().getFilters()).isEqualTo(COSName.FLATE_DECODE);
            assertThat(image.getWidth()).isEqualTo(640);
            BufferedImage pixels = image.getImage();
            long blue = 0;
            for (int y = 0; y < pixels.getHeight(); y += 2) {
                for (int x = 0; x < pixels.getWidth(); x += 2) {
                    int[] rgb = rgb(pixels, x, y);
                    if (rgb[2] > rgb[0] + 60 && rgb[2] > rgb[1] + 20) {
                        blue++;
                    }
                }
            }
            assertThat(blue).isGreaterThan(640 * 682 / 4 / 50);
        }
    }

    @Test
    void pdfInputUnsupported() {
        Path pdf = TestPdfs.withText(folder.resolve("in.pdf"), "Xin chào");

        assertThatThrownBy(() -> convert(pdf, "fit"))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("'application/pdf'")
                .hasMessageContaining("application/zip");
    }

    @Test
    void truncatedPngCorrupt() throws IOException {
        Path whole = TestImages.writeText(folder.resolve("whole.png"), "png", "Trang bị hỏng");
        Path png = TestPdfs.truncated(whole, folder.resolve("broken.png"), (int) Files.size(whole) / 2);

        assertThatThrownBy(() -> convert(png, "fit")).isInstanceOf(CorruptInputException.class);
    }

    @Test
    void invalidPageSize() {
        DocpipeConfiguration options = new DocpipeConfiguration();
        options.setPageSize("A3");

        assertThatThrownBy(() -> operation.validate(options))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'A3'")
                .hasMessageContaining("'pageSize'")
                .hasMessageContaining("fit, A4, Letter");
    }

    private OutputDocument convert(Path file, String pageSize) throws IOException {
        DocpipeConfiguration options = new DocpipeConfiguration();
        options.setPageSize(pageSize);
        operation.validate(options);
        return operation.execute(new InputDocument(file, file.getFileName().toString(), mediaType(file)),
                options, workDirectory);
    }

    private static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    private static void assertPageSize(PDPage page, float width, float height) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(width, within(0.01f));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(height, within(0.01f));
    }

    /** Returns the left, top, right and bottom pixel of everything that is not white. */
    private static int[] nonWhiteBounds(BufferedImage image) {
        int[] bounds = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int[] rgb = rgb(image, x, y);
                if (rgb[0] < 200 || rgb[1] < 200 || rgb[2] < 200) {
                    bounds[0] = Math.min(bounds[0], x);
                    bounds[1] = Math.min(bounds[1], y);
                    bounds[2] = Math.max(bounds[2], x);
                    bounds[3] = Math.max(bounds[3], y);
                }
            }
        }
        return bounds;
    }

    /** Mean absolute difference per sample over a grid, from 0 (same) to 255, on the smaller size. */
    private static double meanDifference(BufferedImage first, BufferedImage second) {
        int width = Math.min(first.getWidth(), second.getWidth());
        int height = Math.min(first.getHeight(), second.getHeight());
        double sum = 0;
        int count = 0;
        for (int y = 2; y < height - 2; y += 7) {
            for (int x = 2; x < width - 2; x += 7) {
                int[] a = rgb(first, x, y);
                int[] b = rgb(second, x, y);
                for (int band = 0; band < 3; band++) {
                    sum += Math.abs(a[band] - b[band]);
                    count++;
                }
            }
        }
        return sum / count;
    }
}

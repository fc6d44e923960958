package io.docpipe.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.operation.OutputDocument;
import io.docpipe.testing.Corpus;
import io.docpipe.testing.TestPdfs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfToImageOperationTest {

    private final PdfToImageOperation operation = new PdfToImageOperation();

    @TempDir
    Path dir;

    @Test
    void onePageGivesPng() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("letter.pdf"), "Only page");

        OutputDocument output = run(pdf, options -> { });
        BufferedImage image = ImageIO.read(output.path().toFile());

        assertThat(output.fileName()).isEqualTo("letter.png");
        assertThat(output.mediaType()).isEqualTo("image/png");
        assertThat(image.getWidth()).isEqualTo(1240);
        assertThat(image.getHeight()).isEqualTo(1754);
    }

    @Test
    void dpiSetsSizeAndMetadata() throws IOException {
        Path pdf = TestPdfs.blankPage(dir.resolve("letter.pdf"), PDRectangle.LETTER, 0);

        OutputDocument output = run(pdf, options -> options.setDpi(96));
        byte[] png = Files.readAllBytes(output.path());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(image.getWidth()).isEqualTo(816);
        assertThat(image.getHeight()).isEqualTo(1056);
        // 96 dpi is 3780 pixels per metre.
        assertThat(pngPixelsPerMetre(png)).isEqualTo(3780);
    }

    @Test
    void threePagesGiveZip() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "One", "Two", "Three");

        OutputDocument output = run(pdf, options -> options.setDpi(72));
        Map<String, BufferedImage> entries = unzip(output.path());

        assertThat(output.fileName()).isEqualTo("three.zip");
        assertThat(output.mediaType()).isEqualTo("application/zip");
        assertThat(entries).containsOnlyKeys("page-001.png", "page-002.png", "page-003.png");
        assertThat(new ArrayList<>(entries.keySet())).containsExactly("page-001.png", "page-002.png",
                "page-003.png");
        for (BufferedImage image : entries.values()) {
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(595);
            assertThat(image.getHeight()).isEqualTo(842);
        }
    }

    @Test
    void pageRangeNamesEntriesByPage() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "One", "Two", "Three");

        OutputDocument output = run(pdf, options -> {
            options.setDpi(72);
            options.setPages("2-3");
        });

        assertThat(new ArrayList<>(unzip(output.path()).keySet())).containsExactly("page-002.png",
                "page-003.png");
    }

    @Test
    void singleSelectedPageGivesImage() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "One", "Two", "Three");

        OutputDocument output = run(pdf, options -> {
            options.setDpi(72);
            options.setPages("3");
        });

        assertThat(output.fileName()).isEqualTo("three.png");
        assertThat(ImageIO.read(output.path().toFile()).getWidth()).isEqualTo(595);
    }

    @Test
    void jpegOutput() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("page.pdf"), "A page in JPEG");

        OutputDocument output = run(pdf, options -> options.setFormat("jpeg"));
        BufferedImage image = ImageIO.read(output.path().toFile());

        assertThat(output.fileName()).isEqualTo("page.jpg");
        assertThat(output.mediaType()).isEqualTo("image/jpeg");
        assertThat(image.getWidth()).isEqualTo(1240);
        assertThat(image.getHeight()).isEqualTo(1754);
        assertThat(jfifDensity(Files.readAllBytes(output.path()))).isEqualTo(150);
    }

    @Test
    void jpegZipEntries() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("two.pdf"), "One", "Two");

        OutputDocument output = run(pdf, options -> {
            options.setFormat("JPEG");
            options.setDpi(72);
        });

        assertThat(new ArrayList<>(unzip(output.path()).keySet())).containsExactly("page-001.jpg", "page-002.jpg");
    }

    @Test
    void jpegQualityChangesSize() throws IOException {
        String line = "Sharp black glyph edges on white compress well only at low JPEG quality.";
        Path pdf = TestPdfs.withText(dir.resolve("page.pdf"), String.join("\n",
                Collections.nCopies(36, line)));

        long low = Files.size(run(pdf, options -> {
            options.setFormat("jpeg");
            options.setQuality(10);
        }).path());
        long high = Files.size(run(pdf, options -> {
            options.setFormat("jpeg");
            options.setQuality(100);
        }).path());

        assertThat(low).isLessThan(high / 2);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 35, 1201})
    void invalidDpiRejected(int dpi) {
        DocpipeConfiguration options = new DocpipeConfiguration();
        options.setDpi(dpi);

        assertThatThrownBy(() -> operation.validate(options))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'" + dpi + "' for option 'dpi'")
                .hasMessageContaining("36 to 1200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "webp", "jpg", ""})
    void invalidFormatRejected(String format) {
        DocpipeConfiguration options = new DocpipeConfiguration();
        options.setFormat(format);

        assertThatThrownBy(() -> operation.validate(options))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("Invalid value '" + format + "' for option 'format' of operation 'pdf-to-image';"
                        + " allowed: png, jpeg");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void invalidQualityRejected(int quality) {
        DocpipeConfiguration options = new DocpipeConfiguration();
        options.setQuality(quality);

        assertThatThrownBy(() -> operation.validate(options))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("option 'quality'")
                .hasMessageContaining("1 to 100");
    }

    @Test
    void invalidPagesRejected() {
        DocpipeConfiguration options = new DocpipeConfiguration();
        options.setPages("3-1");

        assertThatThrownBy(() -> operation.validate(options))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("option 'pages'");
    }

    @Test
    void pageBeyondCountRejected() {
        Path pdf = TestPdfs.withText(dir.resolve("two.pdf"), "One", "Two");

        assertThatThrownBy(() -> run(pdf, options -> options.setPages("3")))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("the document has 2 pages");
    }

    @Test
    void corpusEprtrAllPages() throws IOException {
        OutputDocument output = run(Corpus.file("pdf_text_3p_eprtr.pdf"), options -> { });
        Map<String, BufferedImage> entries = unzip(output.path());

        assertThat(entries).containsOnlyKeys("page-001.png", "page-002.png", "page-003.png");
        for (BufferedImage image : entries.values()) {
            // 595 x 842 points at 150 dpi
            assertThat(image.getWidth()).isEqualTo(1240);
            assertThat(image.getHeight()).isEqualTo(1754);
        }
    }

    @Test
    void corpusJbig2ScanNotBlank() throws IOException {
        OutputDocument output = run(Corpus.file("pdf_scan_1p_linn.pdf"), options -> options.setDpi(100));
        BufferedImage image = ImageIO.read(output.path().toFile());
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        gray.getGraphics().drawImage(image, 0, 0, null);

        assertThat(image.getWidth()).isEqualTo(850);
        assertThat(PdfPageRendererTest.darkFraction(gray)).isGreaterThan(0.01);
    }

    private OutputDocument run(Path pdf, Consumer<DocpipeConfiguration> settings) throws IOException {
        DocpipeConfiguration options = new DocpipeConfiguration();
        settings.accept(options);
        operation.validate(options);
        Path work = Files.createDirectories(dir.resolve("work"));
        return operation.execute(TestInputs.of(pdf), options, Files.createTempDirectory(work, "call-"));
    }

    /** Decodes every entry of a ZIP, in archive order. */
    private static Map<String, BufferedImage> unzip(Path zip) throws IOException {
        Map<String, BufferedImage> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), ImageIO.read(new ByteArrayInputStream(in.readAllBytes())));
            }
        }
        return entries;
    }

    private static int pngPixelsPerMetre(byte[] png) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) metadata(png).getAsTree("javax_imageio_png_1.0");
        IIOMetadataNode physicalSize = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
        assertThat(physicalSize.getAttribute("unitSpecifier")).isEqualTo("meter");
        return Integer.parseInt(physicalSize.getAttribute("pixelsPerUnitXAxis"));
    }

    private static int jfifDensity(byte[] jpeg) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) metadata(jpeg).getAsTree("javax_imageio_jpeg_image_1.0");
        IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
        assertThat(jfif.getAttribute("resUnits")).isEqualTo("1");
        return Integer.parseInt(jfif.getAttribute("Xdensity"));
    }

    private static IIOMetadata metadata(byte[] image) throws IOException {
        try (InputStream bytes = new ByteArrayInputStream(image);
                ImageInputStream in = ImageIO.createImageInputStream(bytes)) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                return reader.getImageMetadata(0);
            } finally {
                reader.dispose();
            }
        }
    }
}

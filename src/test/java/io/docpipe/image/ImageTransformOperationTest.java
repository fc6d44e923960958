package io.docpipe.image;

import static io.docpipe.image.ImageFiles.leadingBytes;
import static io.docpipe.image.ImageFiles.mediaType;
import static io.docpipe.image.ImageFiles.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.error.CorruptInputException;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.operation.InputDocument;
import io.docpipe.operation.OutputDocument;
import io.docpipe.testing.Corpus;
import io.docpipe.testing.TestImages;
import io.docpipe.testing.TestPdfs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageTransformOperationTest {

    private final ImageTransformOperation operation = new ImageTransformOperation();
    private final ImageDecoder decoder = new ImageDecoder();

    @TempDir
    Path folder;

    private Path workDirectory;
    private Path card;

    @BeforeEach
    void writeTestCard() throws IOException {
        workDirectory = Files.createDirectory(folder.resolve("work"));
        // Red top-left, green top-right, blue bottom-left, white bottom-right; 200x100 pixels.
        card = TestImages.write(TestImages.quadrants(200, 100), "png", folder.resolve("card.png"));
    }

    @Test
    void resizeWidthKeepsAspect() throws IOException {
        BufferedImage image = transformToImage(card, options -> options.setWidth(100));

        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(50);
        assertQuadrants(image, new int[] {255, 0, 0}, new int[] {0, 255, 0}, new int[] {0, 0, 255},
                new int[] {255, 255, 255});
    }

    @Test
    void resizeHeightKeepsAspect() throws IOException {
        BufferedImage image = transformToImage(card, options -> options.setHeight(25));

        assertThat(image.getWidth()).isEqualTo(50);
        assertThat(image.getHeight()).isEqualTo(25);
    }

    @Test
    void resizeBothExact() throws IOException {
        BufferedImage image = transformToImage(card, options -> {
            options.setWidth(30);
            options.setHeight(90);
        });

        assertThat(image.getWidth()).isEqualTo(30);
        assertThat(image.getHeight()).isEqualTo(90);
    }

    @Test
    void enlargeKeepsQuadrants() throws IOException {
        BufferedImage image = transformToImage(card, options -> options.setWidth(800));

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
        assertQuadrants(image, new int[] {255, 0, 0}, new int[] {0, 255, 0}, new int[] {0, 0, 255},
                new int[] {255, 255, 255});
    }

    @Test
    void cropRegionColours() throws IOException {
        BufferedImage image = transformToImage(card, options -> options.setCrop("90,40,20,20"));

        assertThat(image.getWidth()).isEqualTo(20);
        assertThat(image.getHeight()).isEqualTo(20);
        assertThat(rgb(image, 0, 0)).containsExactly(255, 0, 0);
        assertThat(rgb(image, 9, 9)).containsExactly(255, 0, 0);
        assertThat(rgb(image, 10, 9)).containsExactly(0, 255, 0);
        assertThat(rgb(image, 9, 10)).containsExactly(0, 0, 255);
        assertThat(rgb(image, 19, 19)).containsExactly(255, 255, 255);
    }

    @Test
    void cropOutsideImageNamesSize() {
        assertThatThrownBy(() -> transform(card, options -> options.setCrop("150,50,100,20")))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'150,50,100,20'")
                .hasMessageContaining("200x100");
    }

    @Test
    void rotate90MovesQuadrants() throws IOException {
        BufferedImage image = transformToImage(card, options -> options.setRotate(90.0));

        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(200);
        // Turning clockwise brings the bottom-left (blue) quadrant to the top-left.
        assertQuadrants(image, new int[] {0, 0, 255}, new int[] {255, 0, 0}, new int[] {255, 255, 255},
                new int[] {0, 255, 0});
    }

    @Test
    void rotateNegativeAndOverFullTurn() throws IOException {
        BufferedImage minus90 = transformToImage(card, options -> options.setRotate(-90.0));
        BufferedImage turn450 = transformToImage(card, options -> options.setRotate(450.0));
        BufferedImage turn720 = transformToImage(card, options -> options.setRotate(720.0));

        assertThat(minus90.getWidth()).isEqualTo(100);
        assertQuadrants(minus90, new int[] {0, 255, 0}, new int[] {255, 255, 255}, new int[] {255, 0, 0},
                new int[] {0, 0, 255});
        assertQuadrants(turn450, new int[] {0, 0, 255}, new int[] {255, 0, 0}, new int[] {255, 255, 255},
                new int[] {0, 255, 0});
        assertThat(turn720.getWidth()).isEqualTo(200);
        assertQuadrants(turn720, new int[] {255, 0, 0}, new int[] {0, 255, 0}, new int[] {0, 0, 255},
                new int[] {255, 255, 255});
    }

    @Test
    void rotate180SwapsDiagonals() throws IOException {
        BufferedImage image = transformToImage(card, options -> options.setRotate(180.0));

        assertThat(image.getWidth()).isEqualTo(200);
        assertQuadrants(image, new int[] {255, 255, 255}, new int[] {0, 0, 255}, new int[] {0, 255, 0},
                new int[] {255, 0, 0});
    }

    @Test
    void rotate30EnlargesCanvas() throws IOException {
        BufferedImage image = transformToImage(card, options -> options.setRotate(30.0));

        // 200 cos 30 + 100 sin 30 = 223.2 and 200 sin 30 + 100 cos 30 = 186.6
        assertThat(image.getWidth()).isEqualTo(223);
        assertThat(image.getHeight()).isEqualTo(187);
        assertThat(rgb(image, 0, 0)).containsExactly(255, 255, 255);
        assertThat(rgb(image, 222, 186)).containsExactly(255, 255, 255);
        // The centre of the red quadrant, (50, 25) from the card's centre (100, 50), turns clockwise
        // to about (-30.8, -46.7) from the new centre (111, 93).
        assertThat(rgb(image, 80, 47)).containsExactly(255, 0, 0);
    }

    @Test
    void flipHorizontal() throws IOException {
        BufferedImage image = transformToImage(card, options -> options.setFlip("horizontal"));

        assertQuadrants(image, new int[] {0, 255, 0}, new int[] {255, 0, 0}, new int[] {255, 255, 255},
                new int[] {0, 0, 255});
    }

    @Test
    void flipVertical() throws IOException {
        BufferedImage image = transformToImage(card, options -> options.setFlip("vertical"));

        assertQuadrants(image, new int[] {0, 0, 255}, new int[] {255, 255, 255}, new int[] {255, 0, 0},
                new int[] {0, 255, 0});
    }

    @Test
    void stepsRunInDocumentedOrder() throws IOException {
        // Crop the left half (red over blue), turn it clockwise (blue left of red), mirror it
        // (red left of blue), then halve it: 50x25 with red on the left.
        BufferedImage image = transformToImage(card, options -> {
            options.setCrop("0,0,100,100");
            options.setRotate(90.0);
            options.setFlip("horizontal");
            options.setWidth(50);
        });

        assertThat(image.getWidth()).isEqualTo(50);
        assertThat(image.getHeight()).isEqualTo(50);
        assertThat(rgb(image, 10, 25)).containsExactly(255, 0, 0);
        assertThat(rgb(image, 40, 25)).containsExactly(0, 0, 255);
    }

    @Test
    void grayscaleSingleChannel() throws IOException {
        BufferedImage image = transformToImage(card, options -> options.setGrayscale(true));

        assertThat(image.getRaster().getNumBands()).isEqualTo(1);
        // BT.601 luma: 0.299 R + 0.587 G + 0.114 B
        assertThat(image.getRaster().getSample(50, 25, 0)).isBetween(75, 77);
        assertThat(image.getRaster().getSample(150, 25, 0)).isBetween(149, 151);
        assertThat(image.getRaster().getSample(150, 75, 0)).isEqualTo(255);
    }

    @Test
    void grayscaleInEveryFormat() throws IOException {
        for (String format : List.of("png", "jpeg", "webp", "tiff", "bmp")) {
            OutputDocument output = transform(card, options -> {
                options.setFormat(format);
                options.setGrayscale(true);
            });

            BufferedImage image = decoder.decodePage(output.path(), output.mediaType(), 0);
            int[] green = rgb(image, 150, 25);
            assertThat(green[0]).as(format).isBetween(146, 154);
            assertThat(green[1]).as(format).isEqualTo(green[0]);
            assertThat(green[2]).as(format).isEqualTo(green[0]);
        }
    }

    @Test
    void eachFormatWritesItsSignature() throws IOException {
        record Expected(String format, String mediaType, String extension, byte[] signature) {
        }
        List<Expected> cases = List.of(
                new Expected("png", "image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                new Expected("jpeg", "image/jpeg", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
                new Expected("webp", "image/webp", "webp", new byte[] {'R', 'I', 'F', 'F'}),
                new Expected("tiff", "image/tiff", "tif", new byte[] {'I', 'I', 42, 0}),
                new Expected("bmp", "image/bmp", "bmp", new byte[] {'B', 'M'}));

        for (Expected expected : cases) {
            OutputDocument output = transform(card, options -> {
                options.setFormat(expected.format());
                options.setWidth(60);
            });

            assertThat(output.fileName()).isEqualTo("card." + expected.extension());
            assertThat(output.mediaType()).isEqualTo(expected.mediaType());
            assertThat(leadingBytes(output.path(), expected.signature().length)).containsExactly(expected.signature());
            assertThat(mediaType(output.path())).isEqualTo(expected.mediaType());
            BufferedImage image = decoder.decodePage(output.path(), mediaType(output.path()), 0);
            assertThat(image.getWidth()).as(expected.format()).isEqualTo(60);
            assertThat(image.getHeight()).as(expected.format()).isEqualTo(30);
        }
    }

    @Test
    void defaultFormatFollowsInput() throws IOException {
        Path jpeg = TestImages.write(TestImages.quadrants(80, 40), "jpeg", folder.resolve("photo.jpeg"));
        Path gif = TestImages.write(TestImages.quadrants(80, 40), "gif", folder.resolve("anim.gif"));

        OutputDocument fromJpeg = transform(jpeg, options -> options.setWidth(40));
        OutputDocument fromGif = transform(gif, options -> options.setWidth(40));

        assertThat(fromJpeg.fileName()).isEqualTo("photo.jpg");
        assertThat(mediaType(fromJpeg.path())).isEqualTo("image/jpeg");
        assertThat(fromGif.fileName()).isEqualTo("anim.png");
        assertThat(mediaType(fromGif.path())).isEqualTo("image/png");
        assertThat(rgb(ImageIO.read(fromGif.path().toFile()), 5, 5)).containsExactly(255, 0, 0);
    }

    @Test
    void qualityChangesJpegSize() throws IOException {
        Path text = TestImages.writeText(folder.resolve("text.png"), "png",
                "Tôi đi học: hằng năm cứ vào cuối thu", "The quick brown fox jumps over the lazy dog");

        OutputDocument low = transform(text, options -> {
            options.setFormat("jpeg");
            options.setQuality(20);
        });
        OutputDocument high = transform(text, options -> {
            options.setFormat("jpeg");
            options.setQuality(95);
        });

        assertThat(Files.size(high.path())).isGreaterThan(Files.size(low.path()) * 2);
    }

    @Test
    void multiPageTiffKeepsEveryPage() throws IOException {
        Path tiff = ImageFiles.multiPageTiff(folder.resolve("pages.tif"), TestImages.quadrants(200, 100),
                TestImages.renderText("Trang hai"), TestImages.quadrants(100, 100));

        OutputDocument asTiff = transform(tiff, options -> options.setWidth(50));
        OutputDocument asPng = transform(tiff, options -> {
            options.setWidth(50);
            options.setFormat("png");
        });

        List<BufferedImage> pages = decoder.decodePages(asTiff.path(), mediaType(asTiff.path()));
        assertThat(pages).hasSize(3);
        assertThat(pages).allSatisfy(page -> assertThat(page.getWidth()).isEqualTo(50));
        assertThat(pages.get(0).getHeight()).isEqualTo(25);
        assertThat(pages.get(2).getHeight()).isEqualTo(50);
        assertThat(decoder.pageCount(asPng.path(), "image/png")).isEqualTo(1);
        assertThat(ImageIO.read(asPng.path().toFile()).getHeight()).isEqualTo(25);
    }

    @Test
    void corpusExifPhotoLandscape() throws IOException {
        OutputDocument output = transform(Corpus.file("exif_orient6_photo.jpg"), options -> { });

        BufferedImage image = ImageIO.read(output.path().toFile());
        assertThat(output.fileName()).isEqualTo("exif_orient6_photo.jpg");
        assertThat(image.getWidth()).isEqualTo(1800);
        assertThat(image.getHeight()).isEqualTo(1200);
    }

    @Test
    void corpusExifPhotoResized() throws IOException {
        BufferedImage image = transformToImage(Corpus.file("exif_orient6_photo.jpg"), options -> {
            options.setWidth(800);
            options.setFormat("jpeg");
        });

        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(533);
    }

    @Test
    void pdfUnsupported() {
        Path pdf = TestPdfs.withText(folder.resolve("doc.pdf"), "Not an image");

        assertThatThrownBy(() -> transform(pdf, options -> options.setWidth(10)))
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("application/pdf");
    }

    @Test
    void truncatedPngCorrupt() throws IOException {
        Path whole = TestImages.writeText(folder.resolve("whole.png"), "png", "Bị cắt ngang");
        Path truncated = TestPdfs.truncated(whole, folder.resolve("cut.png"), (int) Files.size(whole) / 3);

        assertThatThrownBy(() -> transform(truncated, options -> options.setWidth(10)))
                .isInstanceOf(CorruptInputException.class);
    }

    @Test
    void emptyFileCorrupt() throws IOException {
        Path empty = Files.createFile(folder.resolve("empty.png"));

        assertThatThrownBy(() -> operation.execute(new InputDocument(empty, "empty.png", "image/png"),
                new DocpipeConfiguration(), workDirectory))
                .isInstanceOf(CorruptInputException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void invalidOptionsNamed() {
        record Case(Consumer<DocpipeConfiguration> setter, String option, String allowed) {
        }
        List<Case> cases = List.of(
                new Case(options -> options.setFormat("gif"), "'format'", "png, jpeg, webp, tiff, bmp"),
                new Case(options -> options.setCrop("1,2,3"), "'crop'", "x,y,width,height"),
                new Case(options -> options.setCrop("0,0,0,10"), "'crop'", "at least 1"),
                new Case(options -> options.setCrop("a,b,c,d"), "'crop'", "x,y,width,height"),
                new Case(options -> options.setRotate(Double.NaN), "'rotate'", "degrees"),
                new Case(options -> options.setFlip("diagonal"), "'flip'", "horizontal, vertical"),
                new Case(options -> options.setWidth(0), "'width'", "from 1 to 65535"),
                new Case(options -> options.setHeight(70_000), "'height'", "from 1 to 65535"),
                new Case(options -> options.setQuality(0), "'quality'", "from 1 to 100"));

        for (Case invalid : cases) {
            DocpipeConfiguration options = new DocpipeConfiguration();
            invalid.setter().accept(options);

            assertThatThrownBy(() -> operation.validate(options))
                    .as(invalid.option())
                    .isInstanceOf(InvalidOptionException.class)
                    .hasMessageContaining(invalid.option())
                    .hasMessageContaining("image-transform")
                    .hasMessageContaining(invalid.allowed());
        }
    }

    @Test
    void formatAliasesAccepted() throws IOException {
        OutputDocument jpg = transform(card, options -> options.setFormat("JPG"));
        OutputDocument tif = transform(card, options -> options.setFormat("tif"));

        assertThat(jpg.mediaType()).isEqualTo("image/jpeg");
        assertThat(tif.fileName()).isEqualTo("card.tif");
    }

    private OutputDocument transform(Path file, Consumer<DocpipeConfiguration> setter) throws IOException {
        DocpipeConfiguration options = new DocpipeConfiguration();
        setter.accept(options);
        operation.validate(options);
        return operation.execute(new InputDocument(file, file.getFileName().toString(), mediaType(file)),
                options, workDirectory);
    }

    private BufferedImage transformToImage(Path file, Consumer<DocpipeConfiguration> setter) throws IOException {
        OutputDocument output = transform(file, setter);
        return decoder.decodePage(output.path(), output.mediaType(), 0);
    }

    /** Checks the colour at the centre of each quarter of the image. */
    private static void assertQuadrants(BufferedImage image, int[] topLeft, int[] topRight, int[] bottomLeft,
            int[] bottomRight) {
        int left = image.getWidth() / 4;
        int right = image.getWidth() * 3 / 4;
        int top = image.getHeight() / 4;
        int bottom = image.getHeight() * 3 / 4;
        assertThat(rgb(image, left, top)).as("top-left").containsExactly(topLeft);
        assertThat(rgb(image, right, top)).as("top-right").containsExactly(topRight);
        assertThat(rgb(image, left, bottom)).as("bottom-left").containsExactly(bottomLeft);
        assertThat(rgb(image, right, bottom)).as("bottom-right").containsExactly(bottomRight);
    }
}

package io.docpipe.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.tika.Tika;

/** Image files that the image tests write for themselves, and checks on image bytes and pixels. */
final class ImageFiles {

    private static final Tika TIKA = new Tika();

    private ImageFiles() {
    }

    /** Detects the media type from the content, as the docpipe component does for every input. */
    static String mediaType(Path file) throws IOException {
        return TIKA.detect(file);
    }

    /** Writes the images as the pages of one TIFF file, with ImageIO's TIFF writer. */
    static Path multiPageTiff(Path file, BufferedImage... pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** Writes a PNG signature and an IHDR chunk that claims the given size, with no pixel data. */
    static Path pngHeaderOnly(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        writeChunk(out, "IHDR", header.array());
        writeChunk(out, "IEND", new byte[0]);
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /** Writes a WebP RIFF header with an extended (VP8X) chunk that claims the given canvas size. */
    static Path webpHeaderOnly(Path file, int width, int height) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(22)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10)
                .putInt(0);
        putUint24(buffer, width - 1);
        putUint24(buffer, height - 1);
        Files.write(file, buffer.array());
        return file;
    }

    /**
     * Writes a ZIP with the entries in the given order; a name ending in {@code /} becomes a
     * directory entry and its bytes are ignored.
     */
    static Path zip(Path file, java.util.Map<String, byte[]> entries) throws IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                if (!entry.getKey().endsWith("/")) {
                    out.write(entry.getValue());
                }
                out.closeEntry();
            }
        }
        return file;
    }

    /** Encodes an image in an ImageIO format such as png or jpeg. */
    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, bytes)) {
            throw new IllegalArgumentException("No ImageIO writer for format " + format);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code length} bytes from a seeded random generator: no known file format. */
    static Path randomBytes(Path file, int length) throws IOException {
        byte[] bytes = new byte[length];
        new Random(42).nextBytes(bytes);
        Files.write(file, bytes);
        return file;
    }

    /** Returns the first bytes of a file, for checks on its format's signature. */
    static byte[] leadingBytes(Path file, int count) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        }
    }

    /**
     * Returns the red, green and blue of one pixel; a gray pixel's stored value three times. Gray
     * images are read from the raster because {@code getRGB} maps Java's linear gray to sRGB.
     */
    static int[] rgb(BufferedImage image, int x, int y) {
        if (image.getRaster().getNumBands() == 1) {
            int gray = image.getRaster().getSample(x, y, 0);
            return new int[] {gray, gray, gray};
        }
        int argb = image.getRGB(x, y);
        return new int[] {(argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff};
    }

    /** Returns the mean of all samples of all pixels, from 0 (black) to 255 (white). */
    static double meanBrightness(BufferedImage image) {
        var raster = image.getRaster();
        double sum = 0;
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                for (int band = 0; band < raster.getNumBands(); band++) {
                    sum += raster.getSample(x, y, band);
                    count++;
                }
            }
        }
        return sum / count;
    }

    private static void writeChunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    private static void putUint24(ByteBuffer buffer, int value) {
        buffer.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }
}

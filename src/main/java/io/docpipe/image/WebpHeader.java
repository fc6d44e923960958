package io.docpipe.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the canvas size from a WebP file's first chunk. It is hand-written because neither the
 * JDK's ImageIO nor OpenCV's Java API reads WebP headers without decoding the pixels. The layout
 * follows Google's "WebP Container Specification": a RIFF header, then a VP8, VP8L or VP8X chunk.
 */
final class WebpHeader {

    private static final int HEADER_BYTES = 30;

    private WebpHeader() {
    }

    /** Returns the canvas size, or empty when the file does not start like a WebP file. */
    static Optional<PageHeader> read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(HEADER_BYTES);
        }
        if (bytes.length < HEADER_BYTES || !ascii(bytes, 0).equals("RIFF") || !ascii(bytes, 8).equals("WEBP")) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);

        return switch (ascii(bytes, 12)) {
            // Lossy: a 3-byte frame tag and the start code 9d 01 2a come before two 14-bit sizes.
            case "VP8 " -> Optional.of(size(buffer.getShort(26) & 0x3fff, buffer.getShort(28) & 0x3fff));
            // Lossless: the signature byte 0x2f, then width-1 and height-1 packed as 14 bits each.
            case "VP8L" -> {
                int packed = buffer.getInt(21);
                yield Optional.of(size((packed & 0x3fff) + 1, ((packed >>> 14) & 0x3fff) + 1));
            }
            // Extended: flags and reserved bytes, then canvas width-1 and height-1 as 24 bits each.
            case "VP8X" -> Optional.of(size(uint24(bytes, 24) + 1, uint24(bytes, 27) + 1));
            default -> Optional.empty();
        };
    }

    private static PageHeader size(int width, int height) {
        return new PageHeader(width, height, 0, 0);
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }

    private static int uint24(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8 | (bytes[offset + 2] & 0xff) << 16;
    }
}

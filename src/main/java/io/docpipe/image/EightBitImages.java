package io.docpipe.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Conversion of any {@link BufferedImage} to the two layouts that OpenCV and Tesseract read directly. */
public final class EightBitImages {

    private EightBitImages() {
    }

    /**
     * Returns the image as {@code TYPE_BYTE_GRAY} when it has one colour component, else as
     * {@code TYPE_3BYTE_BGR}, with transparent pixels composited over white. An image already in
     * that layout is returned as it is.
     */
    public static BufferedImage of(BufferedImage image) {
        boolean gray = image.getColorModel().getNumColorComponents() == 1;
        int type = gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
        if (image.getType() == type) {
            return image;
        }

        BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(), type);
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

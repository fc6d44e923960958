package io.docpipe.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class TesseractImageTest {

    @Test
    void colourPixelsInRgbOrder() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, new Color(200, 100, 50).getRGB());
        image.setRGB(1, 0, new Color(1, 2, 3).getRGB());

        TesseractImage pixels = TesseractImage.of(image);

        assertThat(pixels.bytesPerPixel()).isEqualTo(3);
        assertThat(pixels.bytesPerLine()).isEqualTo(6);
        assertThat(bytes(pixels)).containsExactly(200, 100, 50, 1, 2, 3);
    }

    @Test
    void grayContentInColourBecomesOneChannel() {
        BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, new Color(0, 0, 0).getRGB());
        image.setRGB(1, 0, new Color(128, 128, 128).getRGB());
        image.setRGB(2, 0, new Color(255, 255, 255).getRGB());

        TesseractImage pixels = TesseractImage.of(image);

        assertThat(pixels.bytesPerPixel()).isEqualTo(1);
        assertThat(pixels.bytesPerLine()).isEqualTo(3);
        assertThat(bytes(pixels)).containsExactly(0, 128, 255);
    }

    @Test
    void grayImageCopiedAsIs() {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 10);
        image.getRaster().setSample(1, 0, 0, 20);
        image.getRaster().setSample(0, 1, 0, 30);
        image.getRaster().setSample(1, 1, 0, 40);

        TesseractImage pixels = TesseractImage.of(image);

        assertThat(pixels.bytesPerPixel()).isEqualTo(1);
        assertThat(pixels.width()).isEqualTo(2);
        assertThat(pixels.height()).isEqualTo(2);
        assertThat(bytes(pixels)).containsExactly(10, 20, 30, 40);
    }

    @Test
    void translucentImageDrawnOnWhite() {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0x00000000);
        image.setRGB(1, 0, 0xFF0000FF);

        TesseractImage pixels = TesseractImage.of(image);

        assertThat(pixels.bytesPerPixel()).isEqualTo(3);
        assertThat(bytes(pixels)).containsExactly(255, 255, 255, 0, 0, 255);
    }

    private static int[] bytes(TesseractImage image) {
        int[] values = new int[image.pixels().remaining()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Byte.toUnsignedInt(image.pixels().get(i));
        }
        return values;
    }
}

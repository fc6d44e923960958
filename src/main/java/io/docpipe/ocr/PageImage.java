package io.docpipe.ocr;

import java.awt.image.BufferedImage;

/**
 * One page to recognise.
 *
 * @param dpi the image's resolution in dots per inch, or 0 when unknown
 */
public record PageImage(BufferedImage image, int dpi) {
}

package io.docpipe.pdf;

import io.docpipe.error.CorruptInputException;
import io.docpipe.error.LimitExceededException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders pages of one open document to images. PDFBox keeps per-document caches in its renderer, so
 * an instance belongs to one document and one thread at a time.
 *
 * <p>An image is {@code round(points * dpi / 72)} pixels on each side of the page's crop box, with
 * width and height swapped for pages rotated by 90 or 270 degrees: an A4 page at 150 dpi is
 * 1240 x 1754 pixels. NOTE: PDFBox renders with one scale for both axes, so on pages where both
 * sides cannot land on their rounded size, such as very narrow strips, the shorter side comes out one
 * pixel smaller.
 */
public class PdfPageRenderer {

    /**
     * Maximum pixels of one rendered page. An A4 page at the maximum 1200 dpi is 139 megapixels and
     * passes, while oversized pages (posters, misdeclared page sizes) are rejected before PDFBox
     * allocates them. At 4 bytes per RGB pixel the limit is about 800 MB of heap for one page.
     */
    public static final long MAX_PIXELS_PER_PAGE = 200_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(PdfPageRenderer.class);

    private final PDDocument document;
    private final PDFRenderer renderer;

    public PdfPageRenderer(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** Renders a page in RGB on a white background. */
    public BufferedImage render(int pageIndex, int dpi) {
        return render(pageIndex, dpi, ImageType.RGB);
    }

    /**
     * Renders a page at {@code dpi} into an image of {@code imageType}, such as {@link ImageType#GRAY}
     * for OCR.
     *
     * @param pageIndex 0-based page index
     * @throws LimitExceededException when the image would exceed {@link #MAX_PIXELS_PER_PAGE}
     * @throws CorruptInputException when the page has an empty crop box or PDFBox cannot read its content
     */
    public BufferedImage render(int pageIndex, int dpi, ImageType imageType) {
        PDPage page = document.getPage(pageIndex);
        PDRectangle cropBox = page.getCropBox();
        if (!(cropBox.getWidth() > 0 && cropBox.getHeight() > 0)) {
            throw new CorruptInputException("Page " + (pageIndex + 1) + " has an empty crop box ("
                    + cropBox.getWidth() + " x " + cropBox.getHeight() + " points) and cannot be rendered");
        }
        long width = Math.max(1, Math.round(cropBox.getWidth() * (double) dpi / 72));
        long height = Math.max(1, Math.round(cropBox.getHeight() * (double) dpi / 72));
        checkPixelLimit(pageIndex, dpi, page.getRotation(), width, height);

        long started = System.nanoTime();
        BufferedImage image;
        try {
            image = renderer.renderImage(pageIndex, scaleFor(cropBox, (int) width, (int) height), imageType);
        } catch (IOException e) {
            throw new CorruptInputException("Page " + (pageIndex + 1) + " could not be rendered: "
                    + e.getMessage(), e);
        }
        LOG.debug("Rendered page {} at {} dpi to {}x{} in {} ms", pageIndex + 1, dpi, image.getWidth(),
                image.getHeight(), (System.nanoTime() - started) / 1_000_000);
        return image;
    }

    private static void checkPixelLimit(int pageIndex, int dpi, int rotation, long width, long height) {
        // In double, so that the product of two huge sides cannot overflow.
        double pixels = (double) width * height;
        if (pixels <= MAX_PIXELS_PER_PAGE) {
            return;
        }
        boolean sideways = rotation == 90 || rotation == 270;
        String size = sideways ? height + " x " + width : width + " x " + height;
        throw new LimitExceededException("Page " + (pageIndex + 1) + " at " + dpi + " dpi would be " + size
                + " pixels (" + (long) (pixels / 1_000_000) + " megapixels), more than the limit of "
                + MAX_PIXELS_PER_PAGE / 1_000_000 + " megapixels per page; request a lower dpi");
    }

    /**
     * Returns the scale for {@link PDFRenderer#renderImage(int, float, ImageType)} that gives an image of
     * the target size, before rotation. PDFBox 3.0 computes the image size as {@code floor(points * scale)}
     * in float arithmetic, so the plain scale {@code dpi / 72} makes an A4 page at 150 dpi 1753 pixels
     * high, where poppler's pdftoppm and Ghostscript make 1754. Raising the scale until the floor reaches
     * the rounded size stretches the content by less than one pixel across the page.
     *
     * <p>One scale serves both axes, so the longer side gets its target first. The shorter side then
     * gets its target too unless that would stretch the longer side past its own.
     */
    static float scaleFor(PDRectangle cropBox, int targetWidth, int targetHeight) {
        boolean wide = cropBox.getWidth() >= cropBox.getHeight();
        float longPoints = wide ? cropBox.getWidth() : cropBox.getHeight();
        float shortPoints = wide ? cropBox.getHeight() : cropBox.getWidth();
        int longTarget = wide ? targetWidth : targetHeight;
        int shortTarget = wide ? targetHeight : targetWidth;

        float scale = lowestScaleReaching(longPoints, longTarget);
        if (floorPixels(shortPoints, scale) < shortTarget) {
            float raised = lowestScaleReaching(shortPoints, shortTarget);
            if (floorPixels(longPoints, raised) == longTarget) {
                scale = raised;
            }
        }
        return scale;
    }

    /** Returns the smallest float scale at which PDFBox makes a side of {@code points} {@code pixels} long. */
    private static float lowestScaleReaching(float points, int pixels) {
        float scale = pixels / points;
        while (floorPixels(points, scale) < pixels) {
            scale = Math.nextUp(scale);
        }
        while (floorPixels(points, Math.nextDown(scale)) >= pixels) {
            scale = Math.nextDown(scale);
        }
        return scale;
    }

    /** Returns the image side length that PDFBox 3.0's {@code PDFRenderer.renderImage} computes for a scale. */
    private static int floorPixels(float points, float scale) {
        return (int) Math.max(Math.floor(points * scale), 1);
    }
}

package io.docpipe.image;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The page size and the image rectangle of one PDF page, in points (1/72 inch).
 *
 * <p>{@link PdfPageSize#FIT} makes the page the image's size. A4 and Letter turn the page to
 * landscape for a landscape image, keep a {@link #MARGIN} on every side, centre the image and
 * scale it down to fit; a smaller image keeps its size and is never enlarged.
 *
 * @param page the page size
 * @param x left edge of the image
 * @param y bottom edge of the image
 */
record PageLayout(PDRectangle page, float x, float y, float width, float height) {

    /** Margin on every side of an A4 or Letter page: half an inch. */
    static final float MARGIN = 36;

    /**
     * Largest page side, 14,400 points (200 inches): Acrobat's limit in appendix C of Adobe's PDF
     * Reference, sixth edition. Larger fit pages are scaled down to it.
     */
    static final float MAX_PAGE_SIDE = 14_400;

    /** Lays out an upright image of the given size in points. */
    static PageLayout of(PdfPageSize pageSize, float imageWidth, float imageHeight) {
        if (pageSize == PdfPageSize.FIT) {
            float scale = Math.min(1, MAX_PAGE_SIDE / Math.max(imageWidth, imageHeight));
            float width = imageWidth * scale;
            float height = imageHeight * scale;
            return new PageLayout(new PDRectangle(width, height), 0, 0, width, height);
        }

        PDRectangle portrait = pageSize.portrait();
        PDRectangle page = imageWidth > imageHeight
                ? new PDRectangle(portrait.getHeight(), portrait.getWidth())
                : portrait;
        float scale = Math.min(1, Math.min((page.getWidth() - 2 * MARGIN) / imageWidth,
                (page.getHeight() - 2 * MARGIN) / imageHeight));
        float width = imageWidth * scale;
        float height = imageHeight * scale;
        return new PageLayout(page, (page.getWidth() - width) / 2, (page.getHeight() - height) / 2, width, height);
    }

    /**
     * Returns the matrix that draws stored JPEG pixels upright into this layout, turning or mirroring
     * them as the EXIF orientation (1 to 8) requires. A PDF image fills the unit square with its first
     * stored row at the top, so the matrix maps that square onto the layout's rectangle.
     */
    Matrix orientedImageMatrix(int orientation) {
        float[] origin = pagePoint(orientation, 0, 0);
        float[] alongRow = pagePoint(orientation, 1, 0);
        float[] upColumn = pagePoint(orientation, 0, 1);
        return new Matrix(alongRow[0] - origin[0], alongRow[1] - origin[1],
                upColumn[0] - origin[0], upColumn[1] - origin[1], origin[0], origin[1]);
    }

    /**
     * Maps a point of the image's unit square, u to the right and v up as PDF image space has
     * them, to the page point where the upright image shows it.
     */
    private float[] pagePoint(int orientation, float u, float v) {
        // s and t: the point in the stored image, from its top-left corner, right and down.
        float s = u;
        float t = 1 - v;
        // displayX and displayY: the same point in the upright image, right and down.
        float[] display = switch (orientation) {
            case 2 -> new float[] {1 - s, t};
            case 3 -> new float[] {1 - s, 1 - t};
            case 4 -> new float[] {s, 1 - t};
            case 5 -> new float[] {t, s};
            case 6 -> new float[] {1 - t, s};
            case 7 -> new float[] {1 - t, 1 - s};
            case 8 -> new float[] {t, 1 - s};
            default -> new float[] {s, t};
        };
        float displayX = display[0];
        float displayY = display[1];
        return new float[] {x + displayX * width, y + (1 - displayY) * height};
    }
}

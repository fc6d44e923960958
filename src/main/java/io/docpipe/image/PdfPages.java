package io.docpipe.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Adds one PDF page per image page to a document. Gray and colour JPEGs are embedded unchanged,
 * with their EXIF orientation applied by the page's drawing matrix. CMYK JPEGs and every other
 * format are decoded by {@link ImageDecoder} and embedded losslessly, bilevel pages at 1 bit per
 * pixel. Not thread-safe: one instance per document.
 */
final class PdfPages {

    /**
     * Resolution assumed for images that record none or an implausible one: 96 dpi, the CSS
     * reference pixel, so screenshots come out at their on-screen size.
     */
    static final double DEFAULT_DPI = 96;

    /** Recorded resolutions outside this range are treated as missing, such as a JFIF density of 1. */
    private static final double MIN_DPI = 10;
    private static final double MAX_DPI = 10_000;

    private final PDDocument document;
    private final PdfPageSize pageSize;
    private final ImageDecoder decoder;

    PdfPages(PDDocument document, PdfPageSize pageSize, ImageDecoder decoder) {
        this.document = document;
        this.pageSize = pageSize;
        this.decoder = decoder;
    }

    /** Adds a page per page of a TIFF, and one page for any other image (a GIF's first frame). */
    void add(SourceImage image) throws IOException {
        ImageFormat format = ImageDecoder.readableFormat(image.mediaType());
        if (format == ImageFormat.JPEG) {
            Optional<JpegHeader> jpeg = JpegHeader.read(image.file());
            if (jpeg.isPresent() && (jpeg.get().components() == 1 || jpeg.get().components() == 3)) {
                addJpegUnchanged(image, jpeg.get());
                return;
            }
        }

        int pageCount = format == ImageFormat.TIFF ? decoder.pageCount(image.file(), image.mediaType()) : 1;
        List<PageHeader> headers = ImageHeaders.read(image.file(), format).orElse(List.of());
        for (int page = 0; page < pageCount; page++) {
            BufferedImage pixels = decoder.decodePage(image.file(), image.mediaType(), page);
            PageHeader header = page < headers.size() ? headers.get(page) : null;
            double horizontalDpi = header == null ? 0 : header.horizontalDpi();
            double verticalDpi = header == null ? 0 : header.verticalDpi();

            PDImageXObject xObject = LosslessFactory.createFromImage(document, bilevelIfPossible(pixels));
            PageLayout layout = PageLayout.of(pageSize, points(pixels.getWidth(), horizontalDpi),
                    points(pixels.getHeight(), verticalDpi));
            addPage(layout, xObject, layout.orientedImageMatrix(1));
        }
    }

    private void addJpegUnchanged(SourceImage image, JpegHeader jpeg) throws IOException {
        ImageDecoder.checkPixels(image.file(), 0, jpeg.width(), jpeg.height());
        PageHeader header = ImageHeaders.read(image.file(), ImageFormat.JPEG)
                .filter(headers -> !headers.isEmpty())
                .map(headers -> headers.get(0))
                .orElse(new PageHeader(jpeg.width(), jpeg.height(), 0, 0));

        // The page shows the image upright, so sides and resolutions swap for a quarter turn.
        boolean swap = jpeg.swapsSides();
        int uprightWidth = swap ? jpeg.height() : jpeg.width();
        int uprightHeight = swap ? jpeg.width() : jpeg.height();
        double horizontalDpi = swap ? header.verticalDpi() : header.horizontalDpi();
        double verticalDpi = swap ? header.horizontalDpi() : header.verticalDpi();

        PDImageXObject xObject = JPEGFactory.createFromByteArray(document, Files.readAllBytes(image.file()));
        PageLayout layout = PageLayout.of(pageSize, points(uprightWidth, horizontalDpi),
                points(uprightHeight, verticalDpi));
        addPage(layout, xObject, layout.orientedImageMatrix(jpeg.orientation()));
    }

    private void addPage(PageLayout layout, PDImageXObject xObject, Matrix matrix) throws IOException {
        PDPage page = new PDPage(layout.page());
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(xObject, matrix);
        }
    }

    /** Converts pixels to points at the given resolution, or at {@link #DEFAULT_DPI} when it is implausible. */
    private static float points(int pixels, double dpi) {
        double resolution = dpi >= MIN_DPI && dpi <= MAX_DPI ? dpi : DEFAULT_DPI;
        return (float) (pixels * 72 / resolution);
    }

    /**
     * Returns a 1-bit copy of a gray image that only contains black and white, such as a decoded
     * fax or G4 TIFF, so LosslessFactory writes 1 bit per pixel instead of 8; otherwise the image.
     */
    private static BufferedImage bilevelIfPossible(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRaster().getSamples(0, y, width, 1, 0, row);
            for (int sample : row) {
                if (sample != 0 && sample != 255) {
                    return image;
                }
            }
        }

        BufferedImage bilevel = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < height; y++) {
            image.getRaster().getSamples(0, y, width, 1, 0, row);
            for (int x = 0; x < width; x++) {
                row[x] = row[x] == 255 ? 1 : 0;
            }
            bilevel.getRaster().setSamples(0, y, width, 1, 0, row);
        }
        return bilevel;
    }
}

package io.docpipe.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the size and resolution of every page of an image from its header, without decoding the
 * pixels, so that oversized images are rejected before they take memory. ImageIO reads the headers
 * of PNG, JPEG, TIFF, BMP and GIF; {@link WebpHeader} reads WebP.
 */
final class ImageHeaders {

    private static final Logger LOG = LoggerFactory.getLogger(ImageHeaders.class);

    private ImageHeaders() {
    }

    /**
     * Returns one header per page, or empty when the header cannot be read. An unreadable header
     * is not proof of damage, because OpenCV decodes some files that ImageIO rejects; the caller then
     * checks the decoded size instead.
     */
    static Optional<List<PageHeader>> read(Path file, ImageFormat format) throws IOException {
        if (format == ImageFormat.WEBP) {
            return WebpHeader.read(file).map(List::of);
        }
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, false, false);
                return Optional.of(pageHeaders(reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // ImageIO's plugins report malformed headers with IIOException and also with runtime
            // exceptions such as IndexOutOfBoundsException; both mean "header unreadable" here.
            LOG.debug("ImageIO cannot read the header of {}: {}", file.getFileName(), e.toString());
            return Optional.empty();
        }
    }

    private static List<PageHeader> pageHeaders(ImageReader reader) throws IOException {
        int count = reader.getNumImages(true);
        List<PageHeader> headers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int width = reader.getWidth(i);
            int height = reader.getHeight(i);
            IIOMetadata metadata = imageMetadata(reader, i);
            headers.add(new PageHeader(width, height,
                    dpi(metadata, "HorizontalPixelSize"), dpi(metadata, "VerticalPixelSize")));
        }
        return headers;
    }

    /**
     * Returns the page's metadata, or null when it cannot be read. The size alone is enough for the
     * pixel limit, so a damaged chunk after the size, which ImageIO reports here, must not hide it.
     */
    private static IIOMetadata imageMetadata(ImageReader reader, int pageIndex) {
        try {
            return reader.getImageMetadata(pageIndex);
        } catch (IOException | RuntimeException e) {
            LOG.debug("ImageIO cannot read the metadata of page {}: {}", pageIndex + 1, e.toString());
            return null;
        }
    }

    /** Converts ImageIO's standard pixel size, in millimetres per pixel, to dots per inch; 0 when absent. */
    private static double dpi(IIOMetadata metadata, String pixelSizeElement) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        Node root = metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName);
        for (Node group = root.getFirstChild(); group != null; group = group.getNextSibling()) {
            if (!"Dimension".equals(group.getNodeName())) {
                continue;
            }
            for (Node node = group.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (pixelSizeElement.equals(node.getNodeName())) {
                    return dpiFromMillimetres(((Element) node).getAttribute("value"));
                }
            }
        }
        return 0;
    }

    private static double dpiFromMillimetres(String millimetresPerPixel) {
        try {
            double millimetres = Double.parseDouble(millimetresPerPixel);
            return millimetres > 0 ? 25.4 / millimetres : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

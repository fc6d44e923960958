package io.docpipe.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes rendered pages with the JDK's ImageIO writers, recording the resolution in the file (PNG
 * {@code pHYs}, JPEG JFIF density) so that OCR engines and viewers see the real dpi.
 */
final class PageImageWriter {

    private static final String PNG_METADATA = "javax_imageio_png_1.0";
    private static final String JPEG_METADATA = "javax_imageio_jpeg_image_1.0";

    private PageImageWriter() {
    }

    /**
     * Writes {@code image} to {@code out}, which stays open so that callers can write several images
     * into one ZIP stream.
     *
     * @param quality JPEG quality from 1 to 100; PNG is lossless and ignores it
     */
    static void write(BufferedImage image, PageImageFormat format, int dpi, int quality, OutputStream out)
            throws IOException {
        ImageWriter writer = writerFor(format);
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == PageImageFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
            }
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            setResolution(metadata, format, dpi);

            // Closing the ImageOutputStream flushes it but leaves the underlying stream open.
            try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(output);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter writerFor(PageImageFormat format) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format.imageIoName());
        if (!writers.hasNext()) {
            throw new IllegalStateException("This JDK has no ImageIO writer for " + format.imageIoName());
        }
        return writers.next();
    }

    private static void setResolution(IIOMetadata metadata, PageImageFormat format, int dpi)
            throws IIOInvalidTreeException {
        // Native trees, because the JDK 17 PNG writer turns the standard tree's HorizontalPixelSize
        // into a wrong pHYs value, and the standard tree stores JPEG density in dots per cm.
        if (format == PageImageFormat.JPEG) {
            IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(JPEG_METADATA);
            IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
            jfif.setAttribute("resUnits", "1");
            jfif.setAttribute("Xdensity", Integer.toString(dpi));
            jfif.setAttribute("Ydensity", Integer.toString(dpi));
            metadata.setFromTree(JPEG_METADATA, root);
            return;
        }

        String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode physicalSize = new IIOMetadataNode("pHYs");
        physicalSize.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
        physicalSize.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
        physicalSize.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
        root.appendChild(physicalSize);
        metadata.mergeTree(PNG_METADATA, root);
    }
}

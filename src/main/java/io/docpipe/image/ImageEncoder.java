package io.docpipe.image;

import io.docpipe.error.InvalidOptionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.opencv.core.CvException;
import org.opencv.core.Mat;
import org.opencv.core.MatOfInt;
import org.opencv.imgcodecs.Imgcodecs;

/** Writes 8-bit gray or BGR Mats to a file with OpenCV's encoders. Thread-safe, because it has no state. */
final class ImageEncoder {

    /** WebP stores each side in 14 bits. */
    private static final int WEBP_MAX_SIDE = 16_383;
    /** JPEG stores each side in 16 bits. */
    private static final int JPEG_MAX_SIDE = 65_535;

    private ImageEncoder() {
    }

    /**
     * Writes the pages to {@code file}, whose name must end with the format's extension because
     * OpenCV picks the encoder by extension. Only TIFF can contain more than one page.
     *
     * @param quality 1 to 100, used by JPEG and WebP
     * @throws InvalidOptionException when a page is too large for the format
     */
    static void write(List<Mat> pages, ImageFormat format, int quality, Path file, String operationName)
            throws IOException {
        if (pages.size() != 1 && format != ImageFormat.TIFF) {
            throw new IllegalArgumentException("Invalid page count " + pages.size() + " for "
                    + format.optionValue() + ": only TIFF can contain several pages");
        }
        for (Mat page : pages) {
            checkSide(page, format, operationName);
        }

        MatOfInt parameters = parameters(format, quality);
        try {
            boolean written = pages.size() == 1
                    ? Imgcodecs.imwrite(file.toString(), pages.get(0), parameters)
                    : Imgcodecs.imwritemulti(file.toString(), pages, parameters);
            if (!written) {
                throw new IOException("OpenCV failed to write " + format.optionValue() + " file " + file);
            }
        } catch (CvException e) {
            throw new IOException("OpenCV failed to write " + format.optionValue() + " file " + file, e);
        } finally {
            parameters.release();
        }
    }

    private static MatOfInt parameters(ImageFormat format, int quality) {
        return switch (format) {
            case JPEG -> new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality);
            // Above 100 OpenCV switches WebP to lossless, so the option's range keeps it lossy.
            case WEBP -> new MatOfInt(Imgcodecs.IMWRITE_WEBP_QUALITY, quality);
            default -> new MatOfInt();
        };
    }

    private static void checkSide(Mat page, ImageFormat format, String operationName) {
        int maxSide = switch (format) {
            case WEBP -> WEBP_MAX_SIDE;
            case JPEG -> JPEG_MAX_SIDE;
            default -> Integer.MAX_VALUE;
        };
        if (page.cols() > maxSide || page.rows() > maxSide) {
            throw new InvalidOptionException("Invalid value '" + format.optionValue() + "' for option 'format'"
                    + " of operation '" + operationName + "': the " + page.cols() + "x" + page.rows()
                    + " result is larger than " + format.optionValue() + " allows (" + maxSide
                    + " pixels per side); choose png or tiff, or a smaller width or height");
        }
    }
}

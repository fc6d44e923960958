package io.docpipe.image;

import io.docpipe.error.UnsupportedInputException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * Conversions between decoded OpenCV {@link Mat}s and the one pixel layout docpipe works with:
 * 8 bits per sample, either one gray channel or three channels in OpenCV's BGR order, and no alpha.
 */
final class MatConversions {

    private MatConversions() {
    }

    /**
     * Converts a freshly decoded image to 8-bit gray or BGR, composites any alpha channel over white
     * and takes ownership of {@code decoded}: it is released unless it is itself returned.
     *
     * @throws UnsupportedInputException for signed-integer samples or more than four channels
     */
    static Mat toOpaqueEightBit(Mat decoded) {
        Mat eightBit = toEightBit(decoded);
        if (eightBit != decoded) {
            decoded.release();
        }
        int channels = eightBit.channels();
        if (channels == 1 || channels == 3) {
            return eightBit;
        }
        if (channels != 2 && channels != 4) {
            eightBit.release();
            throw new UnsupportedInputException("Unsupported image with " + channels
                    + " channels: docpipe reads gray and colour images, with or without alpha");
        }
        try {
            return flattenOverWhite(eightBit);
        } finally {
            eightBit.release();
        }
    }

    /** Scales 16-bit and floating-point samples to 8 bits; returns {@code mat} itself when already 8-bit. */
    private static Mat toEightBit(Mat mat) {
        int depth = mat.depth();
        if (depth == CvType.CV_8U) {
            return mat;
        }
        Mat converted = new Mat();
        switch (depth) {
            // 65535 / 257 = 255, so the full 16-bit range maps onto the full 8-bit range.
            case CvType.CV_16U -> mat.convertTo(converted, CvType.CV_8U, 1 / 257.0);
            // Floating-point TIFFs store samples from 0 to 1.
            case CvType.CV_32F, CvType.CV_64F -> mat.convertTo(converted, CvType.CV_8U, 255);
            default -> {
                converted.release();
                throw new UnsupportedInputException("Unsupported image sample type "
                        + CvType.typeToString(mat.type()) + ": docpipe reads unsigned 8- and 16-bit and"
                        + " floating-point samples");
            }
        }
        return converted;
    }

    /** Composites the last channel, as alpha, over a white background; returns a new gray or BGR Mat. */
    private static Mat flattenOverWhite(Mat withAlpha) {
        List<Mat> channels = new ArrayList<>();
        Core.split(withAlpha, channels);
        Mat alpha = channels.remove(channels.size() - 1);
        Mat colour = new Mat();
        Mat white = null;
        Mat weights = new Mat();
        Mat inverseWeights = new Mat();
        try {
            Core.merge(channels, colour);
            white = new Mat(colour.size(), colour.type(), Scalar.all(255));
            alpha.convertTo(weights, CvType.CV_32F, 1 / 255.0);
            weights.convertTo(inverseWeights, CvType.CV_32F, -1, 1);

            Mat flattened = new Mat();
            Imgproc.blendLinear(colour, white, weights, inverseWeights, flattened);
            return flattened;
        } finally {
            channels.forEach(Mat::release);
            alpha.release();
            colour.release();
            if (white != null) {
                white.release();
            }
            weights.release();
            inverseWeights.release();
        }
    }

    /** Copies an 8-bit gray or BGR Mat into a {@code TYPE_BYTE_GRAY} or {@code TYPE_3BYTE_BGR} image. */
    static BufferedImage toBufferedImage(Mat mat) {
        if (mat.depth() != CvType.CV_8U || (mat.channels() != 1 && mat.channels() != 3)) {
            throw new IllegalArgumentException("Expected an 8-bit gray or BGR Mat, got "
                    + CvType.typeToString(mat.type()));
        }
        int type = mat.channels() == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR;
        BufferedImage image = new BufferedImage(mat.cols(), mat.rows(), type);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        if (mat.isContinuous()) {
            mat.get(0, 0, pixels);
        } else {
            Mat copy = mat.clone();
            try {
                copy.get(0, 0, pixels);
            } finally {
                copy.release();
            }
        }
        return image;
    }

    /**
     * Copies an image into a new 8-bit Mat: gray stays one channel, anything else becomes BGR, and
     * transparent pixels are composited over white.
     */
    static Mat toMat(BufferedImage image) {
        BufferedImage standard = EightBitImages.of(image);
        boolean gray = standard.getType() == BufferedImage.TYPE_BYTE_GRAY;
        byte[] pixels = ((DataBufferByte) standard.getRaster().getDataBuffer()).getData();
        Mat mat = new Mat(image.getHeight(), image.getWidth(), gray ? CvType.CV_8UC1 : CvType.CV_8UC3);
        mat.put(0, 0, pixels);
        return mat;
    }
}

package io.docpipe.image;

import io.docpipe.error.InvalidOptionException;
import io.docpipe.error.LimitExceededException;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The geometry and colour steps of {@code image-transform}, applied in this order: crop, rotate,
 * flip, resize, grayscale. So {@code crop} is in the input's pixel coordinates, and {@code width}
 * and {@code height} are the size of the result after rotation. A null step is skipped.
 *
 * @param rotateDegrees clockwise rotation in degrees
 * @param width target width in pixels
 * @param height target height in pixels
 */
record ImageTransform(
        CropRectangle crop, Double rotateDegrees, Flip flip, Integer width, Integer height, boolean grayscale) {

    /**
     * Applies every step to an 8-bit gray or BGR image and returns a new Mat that the caller must
     * release; {@code source} is left as it was.
     *
     * @throws InvalidOptionException when the crop rectangle does not lie within the image
     * @throws LimitExceededException when rotation or resizing would make more than
     *     {@link ImageDecoder#MAX_PIXELS_PER_PAGE} pixels
     */
    Mat apply(Mat source, String operationName) {
        Mat current = source.clone();
        try {
            current = replace(current, crop(current, operationName));
            current = replace(current, rotate(current));
            current = replace(current, flip(current));
            current = replace(current, resize(current));
            current = replace(current, toGrayscale(current));
            return current;
        } catch (RuntimeException e) {
            current.release();
            throw e;
        }
    }

    /** Returns {@code next}, releasing {@code previous} when a step made a new Mat. */
    private static Mat replace(Mat previous, Mat next) {
        if (next != previous) {
            previous.release();
        }
        return next;
    }

    private Mat crop(Mat image, String operationName) {
        if (crop == null) {
            return image;
        }
        if (!crop.fitsWithin(image.cols(), image.rows())) {
            throw new InvalidOptionException("Invalid value '" + crop + "' for option 'crop' of operation '"
                    + operationName + "': the rectangle reaches outside the " + image.cols() + "x" + image.rows()
                    + " image; x + width must be at most " + image.cols() + " and y + height at most "
                    + image.rows());
        }
        // A submat shares the parent's pixels, so clone it before the parent is released.
        Mat region = image.submat(new Rect(crop.x(), crop.y(), crop.width(), crop.height()));
        try {
            return region.clone();
        } finally {
            region.release();
        }
    }

    private Mat rotate(Mat image) {
        if (rotateDegrees == null) {
            return image;
        }
        double clockwise = ((rotateDegrees % 360) + 360) % 360;
        if (clockwise == 0) {
            return image;
        }
        if (clockwise % 90 != 0) {
            return rotateOnEnlargedCanvas(image, clockwise);
        }
        int rotateCode = clockwise == 90 ? Core.ROTATE_90_CLOCKWISE
                : clockwise == 180 ? Core.ROTATE_180
                : Core.ROTATE_90_COUNTERCLOCKWISE;
        Mat rotated = new Mat();
        Core.rotate(image, rotated, rotateCode);
        return rotated;
    }

    /**
     * Rotates by any angle onto a canvas just large enough for the rotated corners; the uncovered
     * corners of the canvas are white.
     */
    private static Mat rotateOnEnlargedCanvas(Mat image, double clockwiseDegrees) {
        double radians = Math.toRadians(clockwiseDegrees);
        double cos = Math.abs(Math.cos(radians));
        double sin = Math.abs(Math.sin(radians));
        int width = (int) Math.round(image.cols() * cos + image.rows() * sin);
        int height = (int) Math.round(image.cols() * sin + image.rows() * cos);
        checkPixels(width, height, "rotating by " + clockwiseDegrees + " degrees");

        // OpenCV's positive angles turn counter-clockwise, so the clockwise option is negated.
        Point centre = new Point((image.cols() - 1) / 2.0, (image.rows() - 1) / 2.0);
        Mat matrix = Imgproc.getRotationMatrix2D(centre, -clockwiseDegrees, 1.0);
        Mat rotated = new Mat();
        try {
            // Shift the image centre to the centre of the larger canvas.
            matrix.put(0, 2, matrix.get(0, 2)[0] + (width - 1) / 2.0 - centre.x);
            matrix.put(1, 2, matrix.get(1, 2)[0] + (height - 1) / 2.0 - centre.y);
            Imgproc.warpAffine(image, rotated, matrix, new Size(width, height), Imgproc.INTER_LINEAR,
                    Core.BORDER_CONSTANT, Scalar.all(255));
            return rotated;
        } finally {
            matrix.release();
        }
    }

    private Mat flip(Mat image) {
        if (flip == null) {
            return image;
        }
        Mat flipped = new Mat();
        Core.flip(image, flipped, flip.openCvCode());
        return flipped;
    }

    private Mat resize(Mat image) {
        if (width == null && height == null) {
            return image;
        }
        int targetWidth = width != null ? width : scaled(image.cols(), height, image.rows());
        int targetHeight = height != null ? height : scaled(image.rows(), width, image.cols());
        if (targetWidth == image.cols() && targetHeight == image.rows()) {
            return image;
        }
        checkPixels(targetWidth, targetHeight, "resizing");

        // INTER_AREA averages the source pixels under each target pixel, which avoids moiré when
        // shrinking; INTER_CUBIC gives smoother edges when enlarging.
        boolean shrinking = (long) targetWidth * targetHeight < (long) image.cols() * image.rows();
        Mat resized = new Mat();
        Imgproc.resize(image, resized, new Size(targetWidth, targetHeight), 0, 0,
                shrinking ? Imgproc.INTER_AREA : Imgproc.INTER_CUBIC);
        return resized;
    }

    /** Scales {@code side} by {@code target / reference}, rounded and at least 1 pixel. */
    private static int scaled(int side, int target, int reference) {
        return (int) Math.max(1, Math.round((double) side * target / reference));
    }

    private Mat toGrayscale(Mat image) {
        if (!grayscale || image.channels() == 1) {
            return image;
        }
        Mat gray = new Mat();
        Imgproc.cvtColor(image, gray, Imgproc.COLOR_BGR2GRAY);
        return gray;
    }

    private static void checkPixels(int width, int height, String step) {
        if ((long) width * height > ImageDecoder.MAX_PIXELS_PER_PAGE) {
            throw new LimitExceededException("The result of " + step + " would be " + width + "x" + height
                    + " pixels, more than the limit of " + ImageDecoder.MAX_PIXELS_PER_PAGE / 1_000_000
                    + " megapixels; ask for a smaller width or height");
        }
    }
}

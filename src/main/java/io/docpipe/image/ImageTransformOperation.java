package io.docpipe.image;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.operation.FileNames;
import io.docpipe.operation.InputDocument;
import io.docpipe.operation.Operation;
import io.docpipe.operation.OutputDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opencv.core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code image-transform}: crops, rotates, flips, resizes and converts an image to grayscale, in that
 * order, and writes it as PNG, JPEG, WebP, TIFF or BMP.
 *
 * <p>Without {@code format} the result keeps the input's format when docpipe writes it, and is PNG
 * otherwise (for GIF). A TIFF result contains every page of a multi-page input, each transformed
 * alike. The other formats contain one image, so they get the first page or frame only. Transparency is
 * composited over white when the input is decoded, so results are opaque, and rotation by an angle
 * that is not a multiple of 90 degrees fills the new corners with white.
 */
@Component
public class ImageTransformOperation implements Operation {

    public static final String NAME = "image-transform";

    /**
     * Largest width or height accepted: 65,535 pixels, the JPEG maximum. ImageEncoder limits WebP
     * results further, to 16,383 pixels.
     */
    static final int MAX_SIDE = 65_535;

    private static final Set<String> OPTIONS =
            Set.of("width", "height", "crop", "rotate", "flip", "grayscale", "format", "quality");

    private static final Logger LOG = LoggerFactory.getLogger(ImageTransformOperation.class);

    private final ImageDecoder decoder = new ImageDecoder();

    public ImageTransformOperation() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public void validate(DocpipeConfiguration options) {
        transform(options);
        outputFormatOption(options);
        if (options.getQuality() < 1 || options.getQuality() > 100) {
            throw invalid("quality", options.getQuality(), "an integer from 1 to 100");
        }
    }

    @Override
    public OutputDocument execute(InputDocument input, DocpipeConfiguration options, Path workDirectory)
            throws IOException {
        ImageFormat inputFormat = ImageDecoder.readableFormat(input.mediaType());
        ImageFormat outputFormat = outputFormatOption(options);
        if (outputFormat == null) {
            outputFormat = inputFormat.isWritable() ? inputFormat : ImageFormat.PNG;
        }
        ImageTransform transform = transform(options);
        int pageCount = outputFormat == ImageFormat.TIFF ? decoder.pageCount(input.path(), input.mediaType()) : 1;

        List<Mat> results = new ArrayList<>(pageCount);
        try {
            for (int page = 0; page < pageCount; page++) {
                Mat decoded = decoder.decodeMat(input.path(), input.mediaType(), page);
                try {
                    results.add(transform.apply(decoded, NAME));
                } finally {
                    decoded.release();
                }
            }
            Path output = Files.createTempFile(workDirectory, "transformed-", "." + outputFormat.fileExtension());
            ImageEncoder.write(results, outputFormat, options.getQuality(), output, NAME);

            LOG.debug("Transformed {} page(s) of {} with {} into {}", pageCount, input.fileName(), transform,
                    outputFormat.optionValue());
            return new OutputDocument(output, FileNames.withExtension(input.fileName(), outputFormat.fileExtension()),
                    outputFormat.mediaType());
        } finally {
            results.forEach(Mat::release);
        }
    }

    /** Parses and checks the geometry and colour options. */
    private static ImageTransform transform(DocpipeConfiguration options) {
        checkSide("width", options.getWidth());
        checkSide("height", options.getHeight());
        CropRectangle crop = options.getCrop() == null ? null : CropRectangle.parse(options.getCrop(), NAME);
        Double rotate = options.getRotate();
        if (rotate != null && !Double.isFinite(rotate)) {
            throw invalid("rotate", rotate, "a number of degrees, such as 90 or -12.5");
        }
        Flip flip = null;
        if (options.getFlip() != null) {
            flip = Flip.fromOptionValue(options.getFlip())
                    .orElseThrow(() -> invalid("flip", options.getFlip(), "horizontal, vertical"));
        }
        return new ImageTransform(crop, rotate, flip, options.getWidth(), options.getHeight(), options.isGrayscale());
    }

    /** Returns the requested output format, or null when the option is not set. */
    private static ImageFormat outputFormatOption(DocpipeConfiguration options) {
        if (options.getFormat() == null) {
            return null;
        }
        return ImageFormat.fromOptionValue(options.getFormat())
                .orElseThrow(() -> invalid("format", options.getFormat(), ImageFormat.writableOptionValues()));
    }

    private static void checkSide(String option, Integer value) {
        if (value != null && (value < 1 || value > MAX_SIDE)) {
            throw invalid(option, value, "a number of pixels from 1 to " + MAX_SIDE);
        }
    }

    private static InvalidOptionException invalid(String option, Object value, String allowed) {
        return new InvalidOptionException("Invalid value '" + value + "' for option '" + option
                + "' of operation '" + NAME + "'; allowed: " + allowed);
    }
}

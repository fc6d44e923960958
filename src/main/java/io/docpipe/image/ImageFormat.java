package io.docpipe.image;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The image file formats that docpipe reads, with their media types and file extensions. */
public enum ImageFormat {

    PNG("png", "png", true, "image/png"),
    JPEG("jpeg", "jpg", true, "image/jpeg", "image/pjpeg"),
    WEBP("webp", "webp", true, "image/webp"),
    TIFF("tiff", "tif", true, "image/tiff"),
    BMP("bmp", "bmp", true, "image/bmp", "image/x-bmp", "image/x-ms-bmp"),
    /** Read only: OpenCV 4.10 has no GIF codec, and docpipe writes no GIF. */
    GIF("gif", "gif", false, "image/gif");

    private final String optionValue;
    private final String fileExtension;
    private final boolean writable;
    private final List<String> mediaTypes;

    ImageFormat(String optionValue, String fileExtension, boolean writable, String... mediaTypes) {
        this.optionValue = optionValue;
        this.fileExtension = fileExtension;
        this.writable = writable;
        this.mediaTypes = List.of(mediaTypes);
    }

    /** Finds the format of a media type such as {@code image/png}; parameters after {@code ;} are ignored. */
    public static Optional<ImageFormat> fromMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.mediaTypes.contains(type)).findFirst();
    }

    /**
     * Finds a writable format by its option value, ignoring case and accepting the usual
     * abbreviations {@code jpg} and {@code tif}.
     */
    public static Optional<ImageFormat> fromOptionValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(ImageFormat::isWritable)
                .filter(format -> format.optionValue.equals(name) || format.fileExtension.equals(name))
                .findFirst();
    }

    /** Returns the option values of the writable formats, comma-separated, for error messages. */
    public static String writableOptionValues() {
        return Arrays.stream(values())
                .filter(ImageFormat::isWritable)
                .map(ImageFormat::optionValue)
                .collect(Collectors.joining(", "));
    }

    /** Returns the main media type of every format, comma-separated, for error messages. */
    public static String readableMediaTypes() {
        return Arrays.stream(values()).map(ImageFormat::mediaType).sorted().collect(Collectors.joining(", "));
    }

    public String optionValue() {
        return optionValue;
    }

    /** Returns the extension for result files without the dot, such as {@code jpg} for JPEG. */
    public String fileExtension() {
        return fileExtension;
    }

    /** Returns the media type given to results of this format. */
    public String mediaType() {
        return mediaTypes.get(0);
    }

    public boolean isWritable() {
        return writable;
    }

    /** Returns whether one file of this format can contain several pages or frames. */
    public boolean isMultiPage() {
        return Set.of(TIFF, GIF).contains(this);
    }
}

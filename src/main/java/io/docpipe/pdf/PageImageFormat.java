package io.docpipe.pdf;

import java.util.Locale;
import java.util.Optional;

/** Image formats that pdf-to-image writes, as named by its {@code format} option. */
enum PageImageFormat {

    PNG("png", "image/png", "png"),
    JPEG("jpeg", "image/jpeg", "jpg");

    private final String optionValue;
    private final String mediaType;
    private final String extension;

    PageImageFormat(String optionValue, String mediaType, String extension) {
        this.optionValue = optionValue;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Returns the format for an option value, ignoring case. A null value means PNG. */
    static Optional<PageImageFormat> forOption(String value) {
        if (value == null) {
            return Optional.of(PNG);
        }
        String lowerCase = value.strip().toLowerCase(Locale.ROOT);
        for (PageImageFormat format : values()) {
            if (format.optionValue.equals(lowerCase)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Returns the accepted option values as a list for error messages: {@code png, jpeg}. */
    static String optionValues() {
        StringBuilder values = new StringBuilder();
        for (PageImageFormat format : values()) {
            values.append(values.length() == 0 ? "" : ", ").append(format.optionValue);
        }
        return values.toString();
    }

    /** Returns the ImageIO format name, which is also the option value. */
    String imageIoName() {
        return optionValue;
    }

    String mediaType() {
        return mediaType;
    }

    /** Returns the file extension without the dot. */
    String extension() {
        return extension;
    }
}

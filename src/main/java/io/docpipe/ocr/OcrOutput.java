package io.docpipe.ocr;

import io.docpipe.error.InvalidOptionException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The result formats of the {@code ocr} operation, chosen with its {@code output} option. */
public enum OcrOutput {

    TEXT("text/plain; charset=UTF-8", "txt"),
    HOCR("text/html", "hocr.html"),
    TSV("text/tab-separated-values", "tsv"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    OcrOutput(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * Returns the format named by an {@code output} option value, ignoring case.
     *
     * @throws InvalidOptionException listing the formats when the value names none
     */
    public static OcrOutput fromOption(String value) {
        for (OcrOutput output : values()) {
            if (output.optionValue().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return output;
            }
        }
        throw new InvalidOptionException("Invalid value '" + value + "' for option 'output' of operation 'ocr';"
                + " allowed: " + Arrays.stream(values()).map(OcrOutput::optionValue).collect(Collectors.joining(", ")));
    }

    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Returns the result file's extension without the leading dot, such as {@code hocr.html}. */
    public String extension() {
        return extension;
    }
}

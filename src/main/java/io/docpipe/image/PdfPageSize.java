package io.docpipe.image;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The {@code pageSize} option of image-to-pdf. */
enum PdfPageSize {

    /** Each page is the size of its image at the image's resolution. */
    FIT("fit", null),
    /** ISO A4, 210 x 297 mm. */
    A4("A4", PDRectangle.A4),
    /** US Letter, 8.5 x 11 inches. */
    LETTER("Letter", PDRectangle.LETTER);

    private final String optionValue;
    private final PDRectangle portrait;

    PdfPageSize(String optionValue, PDRectangle portrait) {
        this.optionValue = optionValue;
        this.portrait = portrait;
    }

    /** Finds the size by its option value, ignoring case. */
    static Optional<PdfPageSize> fromOptionValue(String value) {
        return Arrays.stream(values())
                .filter(size -> size.optionValue.toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    static String optionValues() {
        return Arrays.stream(values()).map(size -> size.optionValue).collect(Collectors.joining(", "));
    }

    /** Returns the page in portrait orientation, in points, or null for {@link #FIT}. */
    PDRectangle portrait() {
        return portrait;
    }
}

package io.docpipe.image;

import java.util.Locale;
import java.util.Optional;

/** The {@code flip} option: which way to mirror the image. */
enum Flip {

    /** Left to right, around the vertical axis. */
    HORIZONTAL(1),
    /** Top to bottom, around the horizontal axis. */
    VERTICAL(0);

    /** The {@code flipCode} of OpenCV's {@code Core.flip}: 1 mirrors around the y axis, 0 around the x axis. */
    private final int openCvCode;

    Flip(int openCvCode) {
        this.openCvCode = openCvCode;
    }

    static Optional<Flip> fromOptionValue(String value) {
        for (Flip flip : values()) {
            if (flip.name().toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(flip);
            }
        }
        return Optional.empty();
    }

    int openCvCode() {
        return openCvCode;
    }
}

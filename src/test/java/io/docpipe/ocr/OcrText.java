package io.docpipe.ocr;

/** Text comparison helpers for OCR results, whose line breaks and spacing vary with layout analysis. */
final class OcrText {

    private OcrText() {
    }

    /** Collapses every run of white space, form feeds included, to one space and trims the ends. */
    static String normalizeSpace(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}

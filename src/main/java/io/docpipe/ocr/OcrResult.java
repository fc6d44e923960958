package io.docpipe.ocr;

import java.util.List;

/**
 * The recognised pages of one input, in page order.
 *
 * @param language the Tesseract languages used, such as {@code vie+eng}
 */
public record OcrResult(String language, List<OcrPage> pages) {
}

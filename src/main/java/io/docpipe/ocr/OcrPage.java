package io.docpipe.ocr;

import java.util.List;

/**
 * The recognition result of one page image. The text is always present. The words, hOCR and TSV are
 * filled only when the requested {@link OcrOutput} needs them, and are otherwise empty or {@code null}.
 *
 * @param page 1-based page number in the input
 * @param width page image width in pixels
 * @param height page image height in pixels
 * @param words the words in reading order, for {@link OcrOutput#JSON}
 * @param hocr the page's {@code ocr_page} div, for {@link OcrOutput#HOCR}
 * @param tsv the page's TSV rows without the header line, for {@link OcrOutput#TSV}
 */
public record OcrPage(int page, int width, int height, String text, List<OcrWord> words, String hocr, String tsv) {
}

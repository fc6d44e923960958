package io.docpipe.ocr;

/**
 * One recognised word.
 *
 * @param confidence Tesseract's confidence from 0 to 100
 * @param bbox where the word lies on its page image
 */
public record OcrWord(String text, float confidence, BoundingBox bbox) {
}

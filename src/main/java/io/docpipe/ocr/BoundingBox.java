package io.docpipe.ocr;

/** A rectangle on a page image in pixels, from the top-left corner. */
public record BoundingBox(int x, int y, int width, int height) {
}

package io.docpipe.ocr;

import io.docpipe.image.ImageDecoder;
import io.docpipe.operation.InputDocument;
import java.io.IOException;

/**
 * The pages of an image input, decoded one at a time, so a long multi-page TIFF is never in memory
 * whole. The resolution is left to Tesseract's estimate because the decoder does not report the
 * file's dpi.
 */
final class ImagePageSource implements PageSource {

    private final ImageDecoder decoder;
    private final InputDocument input;
    private final int pageCount;

    /**
     * Reads the page count.
     *
     * @throws io.docpipe.error.DocpipeException for an unsupported, empty or damaged image
     */
    ImagePageSource(ImageDecoder decoder, InputDocument input) throws IOException {
        this.decoder = decoder;
        this.input = input;
        this.pageCount = decoder.pageCount(input.path(), input.mediaType());
    }

    @Override
    public int pageCount() {
        return pageCount;
    }

    @Override
    public PageImage page(int index) throws IOException {
        return new PageImage(decoder.decodePage(input.path(), input.mediaType(), index), 0);
    }
}

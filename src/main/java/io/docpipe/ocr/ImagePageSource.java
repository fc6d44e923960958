package io.docpipe.ocr;

import io.docpipe.image.ImageDecoder;
import io.docpipe.image.PageHeader;
import io.docpipe.operation.InputDocument;
import java.io.IOException;
import java.util.List;

/**
 * The pages of an image input, decoded one at a time, so a long multi-page TIFF is never in memory
 * whole. Each page carries the resolution its file records, which Tesseract uses as the tesseract
 * command does. Tesseract estimates the resolution where the file records none.
 */
final class ImagePageSource implements PageSource {

    private static final int MIN_DPI = 70;
    private static final int MAX_DPI = 2400;

    private final ImageDecoder decoder;
    private final InputDocument input;
    private final int pageCount;
    private final List<PageHeader> headers;

    /**
     * Reads the page count and the resolution each page records.
     *
     * @throws io.docpipe.error.DocpipeException for an unsupported, empty or damaged image
     */
    ImagePageSource(ImageDecoder decoder, InputDocument input) throws IOException {
        this.decoder = decoder;
        this.input = input;
        this.pageCount = decoder.pageCount(input.path(), input.mediaType());
        this.headers = decoder.pageHeaders(input.path(), input.mediaType());
    }

    @Override
    public int pageCount() {
        return pageCount;
    }

    @Override
    public PageImage page(int index) throws IOException {
        return new PageImage(decoder.decodePage(input.path(), input.mediaType(), index), recordedDpi(index));
    }

    /**
     * Returns the page's recorded resolution, or 0 so that Tesseract estimates it. The bounds are
     * Tesseract's own credible range, kMinCredibleResolution and kMaxCredibleResolution in its
     * publictypes.h: 70 and 2400.
     */
    private int recordedDpi(int index) {
        if (index >= headers.size()) {
            return 0;
        }
        PageHeader header = headers.get(index);
        long dpi = Math.round(Math.max(header.horizontalDpi(), header.verticalDpi()));
        return dpi >= MIN_DPI && dpi <= MAX_DPI ? (int) dpi : 0;
    }
}

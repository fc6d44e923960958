package io.docpipe.ocr;

import java.io.IOException;
import java.util.List;

/**
 * The pages of one input, produced one at a time so that a long PDF is never rendered whole into
 * memory. {@link PageRecognizer} calls it from one thread, in page order.
 */
interface PageSource {

    int pageCount();

    /** Returns the page at a 0-based index. */
    PageImage page(int index) throws IOException;

    /** Pages that are already in memory, such as the decoded frames of a TIFF. */
    static PageSource of(List<PageImage> pages) {
        return new PageSource() {
            @Override
            public int pageCount() {
                return pages.size();
            }

            @Override
            public PageImage page(int index) {
                return pages.get(index);
            }
        };
    }
}

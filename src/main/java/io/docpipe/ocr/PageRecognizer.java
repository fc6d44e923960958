package io.docpipe.ocr;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Recognises the pages of one input in parallel on the pool's workers and returns them in page order.
 * The calling thread produces the pages (decodes or renders them) while workers recognise earlier ones;
 * it stays at most {@code maxHandles + 1} pages ahead, which bounds the page images held in memory.
 */
final class PageRecognizer {

    private final TesseractPool pool;

    PageRecognizer(TesseractPool pool) {
        this.pool = pool;
    }

    OcrResult recognize(PageSource source, String language, OcrOutput output) throws IOException {
        int pageCount = source.pageCount();
        int maxAhead = pool.maxHandles() + 1;
        List<Future<OcrPage>> pending = new ArrayList<>(pageCount);
        try {
            for (int index = 0; index < pageCount; index++) {
                if (index >= maxAhead) {
                    await(pending.get(index - maxAhead));
                }
                PageImage page = source.page(index);
                int pageNumber = index + 1;
                pending.add(pool.submit(language,
                        handle -> handle.recognize(page.image(), page.dpi(), pageNumber, output)));
            }

            List<OcrPage> pages = new ArrayList<>(pageCount);
            for (Future<OcrPage> page : pending) {
                pages.add(await(page));
            }
            return new OcrResult(language, pages);
        } finally {
            // After a failure the pages still queued are of no use; recognised ones are dropped.
            pending.forEach(page -> page.cancel(false));
        }
    }

    private static OcrPage await(Future<OcrPage> page) throws IOException {
        try {
            return page.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for OCR of a page");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("OCR of a page failed", cause);
        }
    }
}

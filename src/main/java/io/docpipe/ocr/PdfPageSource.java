package io.docpipe.ocr;

import io.docpipe.operation.InputDocument;
import io.docpipe.pdf.PdfDocuments;
import io.docpipe.pdf.PdfPageRenderer;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;

/**
 * The pages of a PDF rendered for OCR, in 8-bit gray at {@value #DPI} dpi, one page at a time. Every
 * page is rendered and recognised, including pages that already have a text layer, so the result
 * depends only on how the page looks and never mixes extracted and recognised text.
 */
final class PdfPageSource implements PageSource, AutoCloseable {

    /** Resolution for OCR: Tesseract's ImproveQuality guide recommends 300 dpi or more. */
    static final int DPI = 300;

    private final PDDocument document;
    private final PdfPageRenderer renderer;

    /**
     * Opens the PDF; the caller closes this source.
     *
     * @throws io.docpipe.error.DocpipeException when the PDF is encrypted, damaged or has no pages
     */
    PdfPageSource(InputDocument input) {
        this.document = PdfDocuments.open(input);
        this.renderer = new PdfPageRenderer(document);
    }

    @Override
    public int pageCount() {
        return document.getNumberOfPages();
    }

    /**
     * Renders one page.
     *
     * @throws io.docpipe.error.LimitExceededException when the page at 300 dpi is larger than the
     *     renderer's pixel limit
     */
    @Override
    public PageImage page(int index) {
        return new PageImage(renderer.render(index, DPI, ImageType.GRAY), DPI);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}

package io.docpipe.pdf;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.error.CorruptInputException;
import io.docpipe.operation.FileNames;
import io.docpipe.operation.InputDocument;
import io.docpipe.operation.Operation;
import io.docpipe.operation.OutputDocument;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code pdf-to-text}: the text layer of the selected pages as UTF-8 plain text, with a form feed
 * ({@code \f}) between pages and lines ending in {@code \n}. The text is NFC-normalised, so a letter
 * with diacritics that the PDF draws as a base glyph plus combining marks (common in Vietnamese) comes
 * out as one composed character. A page without a text layer, such as a scan, gives a blank line.
 */
@Component
public class PdfToTextOperation implements Operation {

    public static final String NAME = "pdf-to-text";

    static final String MEDIA_TYPE = "text/plain; charset=UTF-8";

    private static final Logger LOG = LoggerFactory.getLogger(PdfToTextOperation.class);

    private static final char PAGE_SEPARATOR = '\f';

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> options() {
        return Set.of(PageRange.OPTION);
    }

    @Override
    public void validate(DocpipeConfiguration options) {
        PageRange.parse(options.getPages());
    }

    @Override
    public OutputDocument execute(InputDocument input, DocpipeConfiguration options, Path workDirectory)
            throws IOException {
        Path result = Files.createTempFile(workDirectory, "pdf-to-text-", ".txt");

        try (PDDocument document = PdfDocuments.open(input);
                Writer writer = Files.newBufferedWriter(result, StandardCharsets.UTF_8)) {
            List<Integer> pageIndexes = PageRange.resolve(options.getPages(), document.getNumberOfPages());
            LOG.debug("Extracting text of {} of {} pages of {}", pageIndexes.size(),
                    document.getNumberOfPages(), input.fileName());

            PDFTextStripper stripper = newStripper();
            for (int i = 0; i < pageIndexes.size(); i++) {
                if (i > 0) {
                    writer.write(PAGE_SEPARATOR);
                }
                writer.write(pageText(stripper, document, pageIndexes.get(i), input));
            }
        }

        return new OutputDocument(result, FileNames.withExtension(input.fileName(), "txt"), MEDIA_TYPE);
    }

    /**
     * Creates the text stripper. It keeps the order in which the page's content stream draws the text
     * rather than sorting by position. Sorting merges the lines of side-by-side columns into one
     * another, while PDF writers such as pdfTeX, Word and iText draw each column in reading order.
     */
    private static PDFTextStripper newStripper() {
        // NOTE: a PDF that draws its text out of reading order is extracted in that order too.
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        stripper.setLineSeparator("\n");
        stripper.setPageEnd("\n");
        return stripper;
    }

    /** Extracts the text of one page, NFC-normalised. */
    private static String pageText(PDFTextStripper stripper, PDDocument document, int pageIndex,
            InputDocument input) {
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        try {
            return Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
        } catch (IOException e) {
            throw new CorruptInputException("The text of page " + (pageIndex + 1) + " of '" + input.fileName()
                    + "' could not be extracted: " + e.getMessage(), e);
        }
    }
}

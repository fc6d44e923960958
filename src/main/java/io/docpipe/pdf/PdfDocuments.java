package io.docpipe.pdf;

import io.docpipe.error.CorruptInputException;
import io.docpipe.error.EncryptedInputException;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.operation.InputDocument;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens input PDFs with PDFBox and turns its failures into docpipe's typed errors. */
public final class PdfDocuments {

    private static final Logger LOG = LoggerFactory.getLogger(PdfDocuments.class);

    private static final String PDF_MEDIA_TYPE = "application/pdf";

    private PdfDocuments() {
    }

    /**
     * Opens a PDF input for reading. PDFBox reads the file through a buffered random-access view, so
     * the document is never copied into memory whole. The caller closes the returned document.
     *
     * <p>A document encrypted with an owner password only (an empty user password) opens without a
     * password, and docpipe does not enforce its permission flags, such as the one that forbids copying
     * or extracting content. The caller submitted the document for processing, and every reader that
     * opens the file can ignore the flags anyway.
     *
     * @throws UnsupportedInputException when the input's detected media type is not {@code application/pdf}
     * @throws EncryptedInputException when the document needs a user password to open
     * @throws CorruptInputException when PDFBox cannot parse the file, or the document has no pages
     */
    public static PDDocument open(InputDocument input) {
        if (!input.isPdf()) {
            throw new UnsupportedInputException("The input '" + input.fileName() + "' was detected as "
                    + input.mediaType() + ", not " + PDF_MEDIA_TYPE + "; send a PDF document");
        }

        PDDocument document = load(input);
        if (document.getNumberOfPages() == 0) {
            closeQuietly(document, input);
            throw new CorruptInputException("The input '" + input.fileName() + "' is a PDF with no pages");
        }

        LOG.debug("Opened {}: {} pages, encrypted: {}", input.fileName(), document.getNumberOfPages(),
                document.isEncrypted());
        return document;
    }

    private static PDDocument load(InputDocument input) {
        try {
            return Loader.loadPDF(input.path().toFile());
        } catch (InvalidPasswordException e) {
            throw new EncryptedInputException("The input '" + input.fileName() + "' is encrypted with a user"
                    + " password; docpipe cannot open password-protected PDFs, so remove the password and send"
                    + " the document again", e);
        } catch (IOException e) {
            throw new CorruptInputException("The input '" + input.fileName() + "' is not a readable PDF: "
                    + e.getMessage(), e);
        }
    }

    /** Closes a rejected document and logs a failure to close, so that it cannot hide the rejection. */
    private static void closeQuietly(PDDocument document, InputDocument input) {
        try {
            document.close();
        } catch (IOException e) {
            LOG.warn("Could not close rejected PDF {}", input.fileName(), e);
        }
    }
}

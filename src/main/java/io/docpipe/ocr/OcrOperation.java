package io.docpipe.ocr;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.image.ImageDecoder;
import io.docpipe.operation.FileNames;
import io.docpipe.operation.InputDocument;
import io.docpipe.operation.Operation;
import io.docpipe.operation.OutputDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The {@code ocr} operation: recognises the text of an image (PNG, JPEG, TIFF including multi-page,
 * BMP, GIF, WebP) or a PDF with Tesseract.
 *
 * <p>PDF pages are rendered in gray at 300 dpi and recognised. A page that already has a text layer is
 * recognised too, and its text layer is ignored, so the result is always what the page shows. Pages
 * are recognised in parallel on the {@link TesseractPool}'s workers and returned in page order.
 *
 * <p>Options: {@code language} (Tesseract codes or the aliases en, vi, zh, joined with {@code +}) and
 * {@code output}: {@code text} (pages separated by form feeds), {@code hocr}, {@code tsv} or
 * {@code json}. All text is in Unicode NFC, so Vietnamese diacritics come as composed characters.
 */
@Component
public class OcrOperation implements Operation {

    private static final Logger LOG = LoggerFactory.getLogger(OcrOperation.class);

    private final OcrLanguages languages;
    private final ImageDecoder imageDecoder;
    private final PageRecognizer recognizer;

    public OcrOperation(TesseractPool pool, OcrLanguages languages, ImageDecoder imageDecoder) {
        this.languages = languages;
        this.imageDecoder = imageDecoder;
        this.recognizer = new PageRecognizer(pool);
    }

    /** Uses the application's {@link ImageDecoder} bean if there is one, else a decoder of its own. */
    @Autowired
    OcrOperation(TesseractPool pool, OcrLanguages languages, ObjectProvider<ImageDecoder> imageDecoder) {
        this(pool, languages, imageDecoder.getIfAvailable(ImageDecoder::new));
    }

    @Override
    public String name() {
        return "ocr";
    }

    @Override
    public Set<String> options() {
        return Set.of("language", "output");
    }

    @Override
    public void validate(DocpipeConfiguration options) {
        languages.resolve(options.getLanguage());
        OcrOutput.fromOption(options.getOutput());
    }

    @Override
    public OutputDocument execute(InputDocument input, DocpipeConfiguration options, Path workDirectory)
            throws IOException {
        String language = languages.resolve(options.getLanguage());
        OcrOutput output = OcrOutput.fromOption(options.getOutput());

        long started = System.nanoTime();
        OcrResult result = recognize(input, language, output);
        LOG.debug("Recognised {} page(s) of {} in {} with {} in {} ms", result.pages().size(), input.fileName(),
                language, output.optionValue(), (System.nanoTime() - started) / 1_000_000);

        String fileName = FileNames.withExtension(input.fileName(), output.extension());
        Path file = workDirectory.resolve(fileName);
        OcrResultWriter.write(result, output, file, input.fileName());
        return new OutputDocument(file, fileName, output.mediaType());
    }

    private OcrResult recognize(InputDocument input, String language, OcrOutput output) throws IOException {
        if (input.isPdf()) {
            try (PdfPageSource pages = new PdfPageSource(input)) {
                return recognizer.recognize(pages, language, output);
            }
        }
        if (input.isImage()) {
            return recognizer.recognize(new ImagePageSource(imageDecoder, input), language, output);
        }
        throw new UnsupportedInputException("The input '" + input.fileName() + "' was detected as "
                + input.mediaType() + ", which OCR cannot read; send an image (PNG, JPEG, TIFF, BMP, GIF, WebP)"
                + " or a PDF");
    }
}

package io.docpipe.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One native Tesseract instance with its languages loaded, through tess4j's binding of Tesseract's C
 * API. Loading traineddata can take longer than recognising a small page, so a handle is kept and
 * reused for many pages (see {@link TesseractPool}). A handle is not thread-safe, so one thread at a
 * time uses it.
 */
final class TesseractHandle implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TesseractHandle.class);

    /**
     * tess4j's interface binding, which looks native functions up when first called. Its other binding,
     * {@code TessAPI1}, binds every function at load time and fails on Tesseract 5.3.0 because tess4j
     * 5.13.0 declares functions that 5.3.0 lacks, such as {@code TessBaseAPIGetGradient}.
     */
    private static final TessAPI TESSERACT = loadTesseract();

    private final String language;
    private TessBaseAPI api;

    /**
     * Creates the native instance and loads {@code language} (Tesseract form, {@code vie+eng}) from
     * {@code tessdata} with the LSTM engine.
     *
     * @throws IllegalStateException when Tesseract cannot load the language
     */
    TesseractHandle(Path tessdata, String language) {
        this.language = language;

        long started = System.nanoTime();
        TessBaseAPI created = TESSERACT.TessBaseAPICreate();
        int status = TESSERACT.TessBaseAPIInit2(created, tessdata.toString(), language,
                TessOcrEngineMode.OEM_LSTM_ONLY);
        if (status != 0) {
            TESSERACT.TessBaseAPIDelete(created);
            throw new IllegalStateException("Tesseract could not load language '" + language + "' from "
                    + tessdata + " (status " + status + "); check that its .traineddata files are complete");
        }
        TESSERACT.TessBaseAPISetPageSegMode(created, TessPageSegMode.PSM_AUTO);
        this.api = created;
        LOG.debug("Loaded Tesseract language {} in {} ms", language, (System.nanoTime() - started) / 1_000_000);
    }

    private static TessAPI loadTesseract() {
        OpenMpThreadLimit.applyBeforeTesseractLoads();
        return TessAPI.INSTANCE;
    }

    /** Returns the version of the loaded libtesseract, such as {@code 5.3.0}. */
    static String tesseractVersion() {
        return TESSERACT.TessVersion();
    }

    String language() {
        return language;
    }

    /**
     * Recognises one page image.
     *
     * @param dpi the image's resolution, or 0 when unknown, in which case Tesseract estimates it from
     *     the size of the text
     * @param pageNumber 1-based page number, written into the hOCR and TSV results
     * @param output decides which parts besides the text are produced
     * @throws IllegalStateException when Tesseract fails on the image
     */
    OcrPage recognize(BufferedImage image, int dpi, int pageNumber, OcrOutput output) {
        if (api == null) {
            throw new IllegalStateException("Tesseract handle for " + language + " is closed");
        }

        TesseractImage pixels = TesseractImage.of(image);
        TESSERACT.TessBaseAPISetImage(api, pixels.pixels(), pixels.width(), pixels.height(), pixels.bytesPerPixel(),
                pixels.bytesPerLine());
        if (dpi > 0) {
            TESSERACT.TessBaseAPISetSourceResolution(api, dpi);
        }
        try {
            // NOTE: a page has no time limit yet. Tesseract's progress monitor (ETEXT_DESC) can set a
            // deadline, but docpipe has no timeout error type for it to raise.
            if (TESSERACT.TessBaseAPIRecognize(api, null) != 0) {
                throw new IllegalStateException("Tesseract failed to recognise page " + pageNumber + " ("
                        + pixels.width() + "x" + pixels.height() + " pixels)");
            }

            String text = takeText(TESSERACT.TessBaseAPIGetUTF8Text(api));
            List<OcrWord> words = List.of();
            String hocr = null;
            String tsv = null;
            // Tesseract numbers pages from 0 in the hOCR and TSV calls and writes page_number + 1.
            switch (output) {
                case JSON -> words = words();
                case HOCR -> hocr = takeText(TESSERACT.TessBaseAPIGetHOCRText(api, pageNumber - 1));
                case TSV -> tsv = takeText(TESSERACT.TessBaseAPIGetTsvText(api, pageNumber - 1));
                case TEXT -> {
                }
            }
            return new OcrPage(pageNumber, pixels.width(), pixels.height(), text, words, hocr, tsv);
        } finally {
            // Frees the page's image and results; the loaded language stays.
            TESSERACT.TessBaseAPIClear(api);
        }
    }

    private List<OcrWord> words() {
        TessResultIterator iterator = TESSERACT.TessBaseAPIGetIterator(api);
        if (iterator == null) {
            return List.of();
        }

        List<OcrWord> words = new ArrayList<>();
        try {
            TessPageIterator pageIterator = TESSERACT.TessResultIteratorGetPageIterator(iterator);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            do {
                Pointer wordText = TESSERACT.TessResultIteratorGetUTF8Text(iterator, TessPageIteratorLevel.RIL_WORD);
                if (wordText == null) {
                    continue;
                }
                String text = takeText(wordText);
                float confidence = TESSERACT.TessResultIteratorConfidence(iterator, TessPageIteratorLevel.RIL_WORD);
                TESSERACT.TessPageIteratorBoundingBox(pageIterator, TessPageIteratorLevel.RIL_WORD, left, top, right,
                        bottom);
                BoundingBox bbox = new BoundingBox(left.get(0), top.get(0), right.get(0) - left.get(0),
                        bottom.get(0) - top.get(0));
                words.add(new OcrWord(text, confidence, bbox));
            } while (TESSERACT.TessResultIteratorNext(iterator, TessPageIteratorLevel.RIL_WORD) != 0);
        } finally {
            TESSERACT.TessResultIteratorDelete(iterator);
        }
        return words;
    }

    /** Decodes a UTF-8 string that Tesseract allocated, frees it, and returns it in Unicode NFC. */
    private static String takeText(Pointer text) {
        if (text == null) {
            return "";
        }
        try {
            return Normalizer.normalize(text.getString(0, StandardCharsets.UTF_8.name()), Normalizer.Form.NFC);
        } finally {
            TESSERACT.TessDeleteText(text);
        }
    }

    /** Frees the native instance. Not thread-safe, like the rest of the handle. */
    @Override
    public void close() {
        if (api != null) {
            TESSERACT.TessBaseAPIEnd(api);
            TESSERACT.TessBaseAPIDelete(api);
            api = null;
        }
    }
}

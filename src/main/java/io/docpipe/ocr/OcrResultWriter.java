package io.docpipe.ocr;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.web.util.HtmlUtils;

/** Writes an {@link OcrResult} to a file in one of the {@link OcrOutput} formats, as UTF-8. */
final class OcrResultWriter {

    /** The column names of Tesseract's TSV format, which Tesseract writes only through its renderer. */
    static final String TSV_HEADER =
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n";

    private static final JsonFactory JSON = new JsonFactory();

    private OcrResultWriter() {
    }

    /**
     * Writes {@code result} to {@code file}.
     *
     * @param title the document title in hOCR, normally the input's file name
     */
    static void write(OcrResult result, OcrOutput output, Path file, String title) throws IOException {
        switch (output) {
            case TEXT -> writeText(result, file);
            case HOCR -> writeHocr(result, file, title);
            case TSV -> writeTsv(result, file);
            case JSON -> writeJson(result, file);
        }
    }

    /** Writes the page texts separated by form feeds, the page separator of Tesseract's text output. */
    private static void writeText(OcrResult result, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (OcrPage page : result.pages()) {
                if (page.page() > 1) {
                    writer.write('\f');
                }
                writer.write(page.text());
            }
        }
    }

    /** Writes one XHTML document that contains every page's {@code ocr_page} div, in the hOCR 1.2 format. */
    private static void writeHocr(OcrResult result, Path file, String title) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
                        "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
                    <html xmlns="http://www.w3.org/1999/xhtml">
                     <head>
                    """);
            writer.write("  <title>" + escapeXml(title) + "</title>\n");
            writer.write("  <meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/>\n");
            String system = "tesseract " + TesseractHandle.tesseractVersion();
            writer.write("  <meta name=\"ocr-system\" content=\"" + escapeXml(system) + "\"/>\n");
            writer.write("  <meta name=\"ocr-langs\" content=\"" + escapeXml(result.language()) + "\"/>\n");
            writer.write("  <meta name=\"ocr-number-of-pages\" content=\"" + result.pages().size() + "\"/>\n");
            writer.write("  <meta name=\"ocr-capabilities\""
                    + " content=\"ocr_page ocr_carea ocr_par ocr_line ocrx_word ocrp_wconf ocrp_lang\"/>\n");
            writer.write(" </head>\n <body>\n");
            for (OcrPage page : result.pages()) {
                writer.write(page.hocr());
            }
            writer.write(" </body>\n</html>\n");
        }
    }

    /** Writes Tesseract's TSV: the header line once, then each page's rows, which carry their page number. */
    private static void writeTsv(OcrResult result, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(TSV_HEADER);
            for (OcrPage page : result.pages()) {
                writer.write(page.tsv());
            }
        }
    }

    private static void writeJson(OcrResult result, Path file) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("language", result.language());
            json.writeArrayFieldStart("pages");
            for (OcrPage page : result.pages()) {
                writeJsonPage(json, page);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeJsonPage(JsonGenerator json, OcrPage page) throws IOException {
        json.writeStartObject();
        json.writeNumberField("page", page.page());
        json.writeNumberField("width", page.width());
        json.writeNumberField("height", page.height());
        json.writeStringField("text", page.text());
        json.writeArrayFieldStart("words");
        for (OcrWord word : page.words()) {
            json.writeStartObject();
            json.writeStringField("text", word.text());
            // Rounded to two decimals to keep the output short.
            json.writeNumberField("confidence", Math.round(word.confidence() * 100) / 100.0);
            json.writeObjectFieldStart("bbox");
            json.writeNumberField("x", word.bbox().x());
            json.writeNumberField("y", word.bbox().y());
            json.writeNumberField("width", word.bbox().width());
            json.writeNumberField("height", word.bbox().height());
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Escapes only the characters XML reserves, so the UTF-8 text stays readable. */
    private static String escapeXml(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}

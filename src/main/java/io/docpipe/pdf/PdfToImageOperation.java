package io.docpipe.pdf;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.operation.FileNames;
import io.docpipe.operation.InputDocument;
import io.docpipe.operation.Operation;
import io.docpipe.operation.OutputDocument;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code pdf-to-image}: renders the selected pages as PNG or JPEG. One selected page gives that image;
 * several give a ZIP archive with one entry per page, {@code page-005.png} for page 5. Pages are
 * rendered and written one at a time, so memory contains at most one page image.
 */
@Component
public class PdfToImageOperation implements Operation {

    public static final String NAME = "pdf-to-image";

    static final int MIN_DPI = 36;
    static final int MAX_DPI = 1200;
    static final String ZIP_MEDIA_TYPE = "application/zip";

    private static final Logger LOG = LoggerFactory.getLogger(PdfToImageOperation.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> options() {
        return Set.of("format", "dpi", PageRange.OPTION, "quality");
    }

    @Override
    public void validate(DocpipeConfiguration options) {
        if (PageImageFormat.forOption(options.getFormat()).isEmpty()) {
            throw invalid("format", options.getFormat(), PageImageFormat.optionValues());
        }
        if (options.getDpi() < MIN_DPI || options.getDpi() > MAX_DPI) {
            throw invalid("dpi", options.getDpi(), MIN_DPI + " to " + MAX_DPI);
        }
        if (options.getQuality() < 1 || options.getQuality() > 100) {
            throw invalid("quality", options.getQuality(), "1 to 100");
        }
        PageRange.parse(options.getPages());
    }

    @Override
    public OutputDocument execute(InputDocument input, DocpipeConfiguration options, Path workDirectory)
            throws IOException {
        PageImageFormat format = PageImageFormat.forOption(options.getFormat())
                .orElseThrow(() -> invalid("format", options.getFormat(), PageImageFormat.optionValues()));

        try (PDDocument document = PdfDocuments.open(input)) {
            List<Integer> pageIndexes = PageRange.resolve(options.getPages(), document.getNumberOfPages());
            LOG.debug("Rendering {} of {} pages of {} at {} dpi as {}", pageIndexes.size(),
                    document.getNumberOfPages(), input.fileName(), options.getDpi(), format);
            PdfPageRenderer renderer = new PdfPageRenderer(document);

            if (pageIndexes.size() == 1) {
                Path result = Files.createTempFile(workDirectory, "pdf-to-image-", "." + format.extension());
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(result))) {
                    writePage(renderer, pageIndexes.get(0), format, options, out);
                }
                return new OutputDocument(result, FileNames.withExtension(input.fileName(), format.extension()),
                        format.mediaType());
            }

            Path result = Files.createTempFile(workDirectory, "pdf-to-image-", ".zip");
            writeZip(renderer, pageIndexes, format, options, result);
            return new OutputDocument(result, FileNames.withExtension(input.fileName(), "zip"), ZIP_MEDIA_TYPE);
        }
    }

    /** Writes one entry per page, rendering each page only when its entry is written. */
    private static void writeZip(PdfPageRenderer renderer, List<Integer> pageIndexes, PageImageFormat format,
            DocpipeConfiguration options, Path result) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(result)))) {
            // PNG and JPEG data is compressed already, and deflating it again saves next to nothing.
            zip.setLevel(Deflater.NO_COMPRESSION);
            for (int pageIndex : pageIndexes) {
                zip.putNextEntry(new ZipEntry(entryName(pageIndex, format)));
                writePage(renderer, pageIndex, format, options, zip);
                zip.closeEntry();
            }
        }
    }

    private static void writePage(PdfPageRenderer renderer, int pageIndex, PageImageFormat format,
            DocpipeConfiguration options, OutputStream out) throws IOException {
        BufferedImage image = renderer.render(pageIndex, options.getDpi());
        PageImageWriter.write(image, format, options.getDpi(), options.getQuality(), out);
    }

    /** Returns the ZIP entry name of a page, numbered from 1 with at least three digits: {@code page-005.png}. */
    static String entryName(int pageIndex, PageImageFormat format) {
        return String.format("page-%03d.%s", pageIndex + 1, format.extension());
    }

    private static InvalidOptionException invalid(String option, Object value, String allowed) {
        return new InvalidOptionException("Invalid value '" + value + "' for option '" + option
                + "' of operation '" + NAME + "'; allowed: " + allowed);
    }
}

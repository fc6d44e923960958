package io.docpipe.image;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.operation.FileNames;
import io.docpipe.operation.InputDocument;
import io.docpipe.operation.Operation;
import io.docpipe.operation.OutputDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code image-to-pdf}: makes a PDF with one page per image. The input is an image, a multi-page
 * TIFF (one page per TIFF page) or a ZIP of images (one page per image, see {@link ZipImages} for
 * the order and which entries count). Of a GIF only the first frame is used.
 *
 * <p>Option {@code pageSize} is {@code fit}, {@code A4} or {@code Letter}; {@link PageLayout}
 * describes each. An image's size in points comes from its resolution, or from
 * {@link PdfPages#DEFAULT_DPI} when the file records none. JPEGs are embedded as they are, without
 * re-encoding; other images are embedded losslessly.
 */
@Component
public class ImageToPdfOperation implements Operation {

    public static final String NAME = "image-to-pdf";

    private static final Set<String> OPTIONS = Set.of("pageSize");
    private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-zip-compressed");

    private static final Logger LOG = LoggerFactory.getLogger(ImageToPdfOperation.class);

    private final ImageDecoder decoder = new ImageDecoder();

    public ImageToPdfOperation() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public void validate(DocpipeConfiguration options) {
        pageSize(options);
    }

    @Override
    public OutputDocument execute(InputDocument input, DocpipeConfiguration options, Path workDirectory)
            throws IOException {
        PdfPageSize pageSize = pageSize(options);
        List<SourceImage> images = images(input, workDirectory);

        Path output = Files.createTempFile(workDirectory, "images-", ".pdf");
        // Image streams are cached in temporary files rather than on the heap.
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PdfPages pages = new PdfPages(document, pageSize, decoder);
            for (SourceImage image : images) {
                pages.add(image);
            }
            document.save(output.toFile());
            LOG.debug("Made {} page(s) at page size {} from {}", document.getNumberOfPages(), pageSize,
                    input.fileName());
        }
        return new OutputDocument(output, FileNames.withExtension(input.fileName(), "pdf"), "application/pdf");
    }

    /** Returns the input's images: the input itself, or the images unpacked from a ZIP. */
    private static List<SourceImage> images(InputDocument input, Path workDirectory) throws IOException {
        String mediaType = input.mediaType();
        if (ZIP_TYPES.contains(mediaType)) {
            return ZipImages.unpack(input.path(), input.fileName(), workDirectory);
        }
        if (ImageFormat.fromMediaType(mediaType).isEmpty()) {
            throw new UnsupportedInputException("Unsupported input type '" + mediaType + "' for operation '"
                    + NAME + "'; supported types: " + ImageFormat.readableMediaTypes() + ", and application/zip"
                    + " holding such images");
        }
        return List.of(new SourceImage(input.fileName(), input.path(), mediaType));
    }

    private static PdfPageSize pageSize(DocpipeConfiguration options) {
        String value = options.getPageSize() == null ? "fit" : options.getPageSize();
        return PdfPageSize.fromOptionValue(value).orElseThrow(() -> new InvalidOptionException("Invalid value '"
                + value + "' for option 'pageSize' of operation '" + NAME + "'; allowed: "
                + PdfPageSize.optionValues()));
    }
}

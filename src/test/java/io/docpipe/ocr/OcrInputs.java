package io.docpipe.ocr;

import io.docpipe.operation.InputDocument;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.tika.Tika;

/** Input files for OCR tests, described as the docpipe component describes them. */
final class OcrInputs {

    private static final Tika TIKA = new Tika();

    private OcrInputs() {
    }

    /** Returns the file as an input, with the media type that Tika detects from its content. */
    static InputDocument of(Path file) throws IOException {
        return new InputDocument(file, file.getFileName().toString(), TIKA.detect(file));
    }

    /** Writes the images as the pages of one TIFF file with ImageIO's TIFF writer. */
    static Path multiPageTiff(Path file, BufferedImage... pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                writer.writeToSequence(new IIOImage(page, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }
}

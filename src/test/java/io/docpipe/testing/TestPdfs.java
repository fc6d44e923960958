package io.docpipe.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDFs written with PDFBox: the project's own fixtures for PDF operations. */
public final class TestPdfs {

    private static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private TestPdfs() {
    }

    /**
     * Writes an A4 PDF with a text layer, one page per entry of {@code pageTexts}; each entry's lines
     * are separated by {@code \n}. The text is set in embedded DejaVu Sans, so Vietnamese works.
     */
    public static Path withText(Path file, String... pageTexts) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, DEJAVU_SANS.toFile());
            for (String pageText : pageTexts) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.setLeading(20);
                    content.newLineAtOffset(72, PDRectangle.A4.getHeight() - 72);
                    for (String line : pageText.split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            return save(document, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a scanned-looking PDF: each page is only an image of rendered text, with no text layer,
     * drawn at 300 dpi on an A4 page.
     */
    public static Path scanned(Path file, String[]... pagesOfLines) {
        try (PDDocument document = new PDDocument()) {
            for (String[] lines : pagesOfLines) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(document, TestImages.renderText(lines));
                float width = image.getWidth() * 72f / 300f;
                float height = image.getHeight() * 72f / 300f;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 36, PDRectangle.A4.getHeight() - 36 - height, width, height);
                }
            }
            return save(document, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the first {@code length} bytes of {@code source} to {@code file}: a truncated copy. */
    public static Path truncated(Path source, Path file, int length) {
        try {
            byte[] bytes = Files.readAllBytes(source);
            Files.write(file, java.util.Arrays.copyOf(bytes, Math.min(length, bytes.length)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a one-page A4 PDF with two columns of text side by side. The content stream draws the
     * whole left column before the right one, as word processors and TeX do.
     */
    public static Path twoColumns(Path file, String[] leftLines, String[] rightLines) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, DEJAVU_SANS.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                drawLines(content, font, 72, leftLines);
                drawLines(content, font, 320, rightLines);
            }
            return save(document, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a PDF whose page tree is empty, which PDFBox saves without complaint. */
    public static Path withoutPages(Path file) {
        try (PDDocument document = new PDDocument()) {
            return save(document, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a one-page blank PDF of any size and page rotation, with a black square in the top-left
     * corner so that rendering has something to draw.
     */
    public static Path blankPage(Path file, PDRectangle size, int rotation) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(size);
            page.setRotation(rotation);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(0, size.getHeight() - 72, 72, 72);
                content.fill();
            }
            return save(document, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes {@link #withText} output encrypted with AES-256. An empty {@code userPassword} makes a
     * document that opens without a password, limited only by its permission flags, which here forbid
     * copying and extracting content.
     */
    public static Path encrypted(Path file, String ownerPassword, String userPassword, String... pageTexts) {
        // PDFBox reads the source lazily, so the encrypted copy must not overwrite it.
        Path plain = withText(file.resolveSibling(file.getFileName() + ".plain"), pageTexts);
        try (PDDocument document = Loader.loadPDF(plain.toFile())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanExtractForAccessibility(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            save(document, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.delete(plain);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawLines(PDPageContentStream content, PDType0Font font, float x, String[] lines)
            throws IOException {
        content.beginText();
        content.setFont(font, 12);
        content.setLeading(16);
        content.newLineAtOffset(x, PDRectangle.A4.getHeight() - 72);
        for (String line : lines) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }

    private static Path save(PDDocument document, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        document.save(file.toFile());
        return file;
    }
}

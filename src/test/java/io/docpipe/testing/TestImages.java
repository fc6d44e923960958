package io.docpipe.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Text rendered to images with Java2D, the project's own OCR fixtures. DejaVu Sans covers Latin with
 * Vietnamese diacritics; Debian installs it with the JDK's font dependencies (fonts-dejavu-core).
 */
public final class TestImages {

    private static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private TestImages() {
    }

    /** Renders lines of black text on white, as a 300 dpi scan of 12 pt type would look. */
    public static BufferedImage renderText(String... lines) {
        Font font = font(50f);
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D probeGraphics = probe.createGraphics();
        FontMetrics metrics = probeGraphics.getFontMetrics(font);
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, metrics.stringWidth(line));
        }
        probeGraphics.dispose();

        int margin = 60;
        int lineHeight = metrics.getHeight() + 20;
        BufferedImage image = new BufferedImage(width + 2 * margin, lineHeight * lines.length + 2 * margin,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.setColor(Color.BLACK);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setFont(font);
        for (int i = 0; i < lines.length; i++) {
            graphics.drawString(lines[i], margin, margin + metrics.getAscent() + i * lineHeight);
        }
        graphics.dispose();
        return image;
    }

    /** Writes {@link #renderText} output as PNG (or any ImageIO format name) and returns the path. */
    public static Path writeText(Path file, String format, String... lines) {
        return write(renderText(lines), format, file);
    }

    /** Draws a colour test card with distinct quadrants, for checks on geometry (crop, flip, rotate). */
    public static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height / 2);
        graphics.setColor(Color.GREEN);
        graphics.fillRect(width / 2, 0, width - width / 2, height / 2);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, height / 2, width / 2, height - height / 2);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
        graphics.dispose();
        return image;
    }

    /** Writes the images as the pages of one TIFF file, with ImageIO's TIFF writer. */
    public static Path multiPageTiff(Path file, BufferedImage... pages) throws IOException {
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

    public static Path write(BufferedImage image, String format, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalArgumentException("No ImageIO writer for format " + format);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** DejaVu Sans at the given size; the JDK's logical sans-serif font where it is not installed. */
    public static Font font(float size) {
        try {
            if (Files.isRegularFile(DEJAVU_SANS)) {
                return Font.createFont(Font.TRUETYPE_FONT, DEJAVU_SANS.toFile()).deriveFont(size);
            }
            return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size));
        } catch (java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot load " + DEJAVU_SANS, e);
        }
    }
}

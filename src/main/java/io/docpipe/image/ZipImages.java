package io.docpipe.image;

import io.docpipe.error.CorruptInputException;
import io.docpipe.error.LimitExceededException;
import io.docpipe.error.UnsupportedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Unpacks the images of a ZIP file for image-to-pdf, in natural name order ({@code 2.jpg} before
 * {@code 10.jpg}). Directories and hidden entries (a name part starting with a dot, or macOS's
 * {@code __MACOSX/} folder) are skipped. Any other entry that is not a readable image rejects
 * the whole ZIP, because a page silently missing from the PDF is worse than an error.
 *
 * <p>Each entry is written into a numbered directory of its own, under the last part of its name
 * with every character but letters, digits, dots, dashes and underscores replaced, so a name such
 * as {@code ../../etc/passwd} cannot leave the target directory ("zip slip").
 */
final class ZipImages {

    /** Maximum image entries in one ZIP: each becomes a PDF page. */
    static final int MAX_ENTRIES = 1_000;

    /**
     * Maximum bytes unpacked from one ZIP, counted as they are written, so a ZIP bomb cannot fill the
     * disk whatever sizes its headers claim: 1 GiB, about a thousand 300 dpi colour page scans as JPEG.
     */
    static final long MAX_UNPACKED_BYTES = 1L << 30;

    private static final Tika TIKA = new Tika();

    private ZipImages() {
    }

    /**
     * Unpacks every image into {@code directory}; each result is named as its entry in the ZIP.
     *
     * @throws CorruptInputException when the file is not a readable ZIP
     * @throws UnsupportedInputException for an entry that is not a readable image, or no image at all
     * @throws LimitExceededException past {@link #MAX_ENTRIES} images or {@link #MAX_UNPACKED_BYTES}
     */
    static List<SourceImage> unpack(Path zip, String zipName, Path directory) throws IOException {
        return unpack(zip, zipName, directory, MAX_UNPACKED_BYTES);
    }

    /** Unpacks as {@link #unpack(Path, String, Path)} does, with a given limit on the bytes unpacked. */
    static List<SourceImage> unpack(Path zip, String zipName, Path directory, long maxUnpackedBytes)
            throws IOException {
        try (ZipFile zipFile = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = zipFile.stream()
                    .filter(entry -> !entry.isDirectory() && !isHidden(entry.getName()))
                    .sorted(Comparator.comparing(ZipEntry::getName, NaturalOrder.INSTANCE))
                    .toList();
            if (entries.isEmpty()) {
                throw new UnsupportedInputException("The ZIP file '" + zipName + "' contains no images;"
                        + " image-to-pdf needs at least one image of type " + ImageFormat.readableMediaTypes());
            }
            if (entries.size() > MAX_ENTRIES) {
                throw new LimitExceededException("The ZIP file '" + zipName + "' has " + entries.size()
                        + " entries, more than the limit of " + MAX_ENTRIES + "; split it into smaller ZIPs");
            }

            List<SourceImage> images = new ArrayList<>(entries.size());
            long unpacked = 0;
            for (ZipEntry entry : entries) {
                Path entryDirectory = Files.createDirectory(
                        directory.resolve(String.format("zip-entry-%04d", images.size() + 1)));
                Path file = entryDirectory.resolve(safeFileName(entry.getName()));
                unpacked += copyWithin(zipFile, entry, file, maxUnpackedBytes - unpacked, maxUnpackedBytes, zipName);
                images.add(new SourceImage(entry.getName(), file, readableImageType(file, entry.getName(), zipName)));
            }
            return images;
        } catch (ZipException e) {
            throw new CorruptInputException("The ZIP file '" + zipName + "' is damaged or uses a feature that"
                    + " Java cannot read, such as encryption: " + e.getMessage(), e);
        }
    }

    /**
     * Returns whether a part of the entry name is hidden, like the {@code __MACOSX/} resource forks
     * and {@code .DS_Store} files that macOS adds to ZIPs. The parts {@code .} and {@code ..} are not.
     */
    private static boolean isHidden(String entryName) {
        for (String part : entryName.split("/")) {
            boolean dotFile = part.startsWith(".") && !part.equals(".") && !part.equals("..");
            if (dotFile || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /** Returns the last part of an entry name, reduced to characters that are safe in a file name. */
    static String safeFileName(String entryName) {
        String lastPart = entryName.substring(Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\')) + 1);
        String safe = lastPart.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "entry" + safe : safe;
    }

    /** Copies an entry, failing as soon as it exceeds the remaining byte budget; returns its size. */
    private static long copyWithin(ZipFile zipFile, ZipEntry entry, Path file, long budget, long limit,
            String zipName) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zipFile.getInputStream(entry); OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                copied += read;
                if (copied > budget) {
                    throw new LimitExceededException("The ZIP file '" + zipName + "' unpacks to more than "
                            + limit / (1024 * 1024) + " MiB (exceeded at entry '" + entry.getName()
                            + "'); split it into smaller ZIPs");
                }
                out.write(buffer, 0, read);
            }
        }
        return copied;
    }

    private static String readableImageType(Path file, String entryName, String zipName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, entryName);
        String mediaType;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            mediaType = TIKA.detect(in, metadata);
        }
        if (ImageFormat.fromMediaType(mediaType).isEmpty()) {
            throw new UnsupportedInputException("The ZIP file '" + zipName + "' contains '" + entryName
                    + "' of type " + mediaType + ", which is not an image; image-to-pdf accepts ZIPs of "
                    + ImageFormat.readableMediaTypes() + " only, so remove that entry");
        }
        return mediaType;
    }
}

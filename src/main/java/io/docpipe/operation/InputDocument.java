package io.docpipe.operation;

import java.nio.file.Path;

/**
 * The file an operation works on: where it lies, the name the caller gave it and its media type,
 * which is detected from the content so that a misnamed file is still recognised.
 */
public record InputDocument(Path path, String fileName, String mediaType) {

    /** Returns the file name without its last extension, used to name results: {@code scan.tif} gives {@code scan}. */
    public String baseName() {
        return FileNames.baseName(fileName);
    }

    public boolean isPdf() {
        return "application/pdf".equals(mediaType);
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}

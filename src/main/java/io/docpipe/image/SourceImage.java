package io.docpipe.image;

import java.nio.file.Path;

/** An image file to turn into PDF pages: its name for messages, where it lies and its media type. */
record SourceImage(String name, Path file, String mediaType) {
}

package io.docpipe.operation;

import java.nio.file.Path;

/** The result of an operation: a file in the call's work directory, its file name and media type. */
public record OutputDocument(Path path, String fileName, String mediaType) {
}

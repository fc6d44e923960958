package io.docpipe.component;

import io.docpipe.error.CorruptInputException;
import io.docpipe.operation.InputDocument;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.file.GenericFile;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Turns a message body into an {@link InputDocument}. A file body (hot folders) is used where it lies.
 * Bytes and streams (HTTP, JMS) are copied into the work directory first, so every operation reads
 * from a file. The media type comes from the content, with the file name only as a tie-breaker.
 */
final class InputDocuments {

    private static final Tika TIKA = new Tika();

    private InputDocuments() {
    }

    static InputDocument fromMessage(Message message, Path workDirectory) throws IOException {
        Path path = bodyAsFile(message);
        String fileName = fileName(message, path);
        if (path == null) {
            path = workDirectory.resolve("input-" + sanitize(fileName));
            try (InputStream body = message.getMandatoryBody(InputStream.class)) {
                Files.copy(body, path, StandardCopyOption.REPLACE_EXISTING);
            } catch (org.apache.camel.InvalidPayloadException e) {
                throw new CorruptInputException("The message has no body: send the file's bytes as the body");
            }
        }

        if (Files.size(path) == 0) {
            throw new CorruptInputException("The input file '" + fileName + "' is empty (0 bytes)");
        }
        return new InputDocument(path, fileName, detectMediaType(path, fileName));
    }

    private static Path bodyAsFile(Message message) {
        Object body = message.getBody();
        if (body instanceof GenericFile<?> genericFile && genericFile.getFile() instanceof File file) {
            return file.toPath();
        }
        if (body instanceof File file) {
            return file.toPath();
        }
        if (body instanceof Path path) {
            return path;
        }
        return null;
    }

    /** Returns the name from the message headers, else the body file's own name, else {@code document}. */
    private static String fileName(Message message, Path bodyFile) {
        String name = message.getHeader(DocpipeHeaders.FILE_NAME, String.class);
        if (name == null || name.isBlank()) {
            name = message.getHeader(Exchange.FILE_NAME_ONLY, String.class);
        }
        if (name == null || name.isBlank()) {
            name = message.getHeader(Exchange.FILE_NAME, String.class);
        }
        if ((name == null || name.isBlank()) && bodyFile != null) {
            name = bodyFile.getFileName().toString();
        }
        return name == null || name.isBlank() ? "document" : name;
    }

    /** Detects the type from the leading bytes; the name only refines a match, such as ZIP to DOCX. */
    static String detectMediaType(Path path, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return TIKA.detect(in, metadata);
        }
    }

    /** Keeps the name's letters, digits, dots, dashes and underscores, so it is safe as a file name. */
    private static String sanitize(String fileName) {
        String base = new File(fileName).getName().replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return base.isEmpty() ? "document" : base;
    }
}

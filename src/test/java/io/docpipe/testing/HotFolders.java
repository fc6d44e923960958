package io.docpipe.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * The hot-folder layout of the application that {@link ServiceTest} starts: dropping files into an
 * inbox and waiting for what the route leaves in outbox, archive and failed.
 */
public final class HotFolders {

    /** Maximum wait for a result; generous because a file is only taken when it is 2 s old. */
    public static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private HotFolders() {
    }

    public static Path inbox(String hotFolder) {
        return ServiceTest.DATA_DIRECTORY.resolve("inbox").resolve(hotFolder);
    }

    public static Path outbox(String hotFolder) {
        return ServiceTest.DATA_DIRECTORY.resolve("outbox").resolve(hotFolder);
    }

    public static Path archive(String hotFolder) {
        return ServiceTest.DATA_DIRECTORY.resolve("archive").resolve(hotFolder);
    }

    public static Path failed(String hotFolder) {
        return ServiceTest.DATA_DIRECTORY.resolve("failed").resolve(hotFolder);
    }

    /** Writes {@code content} as {@code inbox/<hotFolder>/<name>} in one go. */
    public static void drop(String hotFolder, String name, byte[] content) throws IOException {
        Path inbox = Files.createDirectories(inbox(hotFolder));
        Files.write(inbox.resolve(name), content);
    }

    /** Copies {@code file} into {@code inbox/<hotFolder>/} under {@code name}. */
    public static void drop(String hotFolder, String name, Path file) throws IOException {
        drop(hotFolder, name, Files.readAllBytes(file));
    }

    /** Waits until {@code file} exists, then returns it. */
    public static Path awaitFile(Path file) {
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> Files.isRegularFile(file));
        return file;
    }

    /** Waits for the failure record of {@code name} in {@code failed/<hotFolder>/} and returns it parsed. */
    public static JsonNode awaitRecord(String hotFolder, String name) throws IOException {
        Path record = awaitFile(failed(hotFolder).resolve(name + ".error.json"));
        return JSON.readTree(record.toFile());
    }

    /** Returns a file name stem that no other test uses, since all tests share the running application's folders. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Returns the name without its last extension. */
    public static String baseName(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }
}

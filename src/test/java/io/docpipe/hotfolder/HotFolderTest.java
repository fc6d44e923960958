package io.docpipe.hotfolder;

import static io.docpipe.testing.HotFolders.archive;
import static io.docpipe.testing.HotFolders.awaitFile;
import static io.docpipe.testing.HotFolders.awaitRecord;
import static io.docpipe.testing.HotFolders.baseName;
import static io.docpipe.testing.HotFolders.drop;
import static io.docpipe.testing.HotFolders.failed;
import static io.docpipe.testing.HotFolders.inbox;
import static io.docpipe.testing.HotFolders.outbox;
import static io.docpipe.testing.HotFolders.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.docpipe.testing.HotFolders;
import io.docpipe.testing.ServiceTest;
import io.docpipe.testing.TestPdfs;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hot folders shipped in {@code routes/}, running in the application: files dropped into
 * {@code inbox/<folder>/} and the results, archive copies and failure records they leave behind.
 */
class HotFolderTest extends ServiceTest {

    @TempDir
    Path folder;

    @Test
    void pdfToTextResult() throws IOException {
        String name = unique("letter") + ".pdf";
        Path pdf = TestPdfs.withText(folder.resolve(name), "Hot folder text", "Page two");

        drop("pdf-to-text", name, Files.readAllBytes(pdf));

        Path result = awaitFile(outbox("pdf-to-text").resolve(baseName(name) + ".txt"));
        assertThat(Files.readString(result)).contains("Hot folder text").contains("Page two");
        assertThat(awaitFile(archive("pdf-to-text").resolve(name))).hasSameBinaryContentAs(pdf);
        assertThat(inbox("pdf-to-text").resolve(name)).doesNotExist();
        assertThat(failed("pdf-to-text").resolve(name + ".error.json")).doesNotExist();
    }

    @Test
    void truncatedPdfRecorded() throws IOException {
        String name = unique("cut") + ".pdf";
        Path whole = TestPdfs.withText(folder.resolve("whole.pdf"), "Some text on a page that will be cut");
        Path truncated = TestPdfs.truncated(whole, folder.resolve(name), 400);

        drop("pdf-to-text", name, Files.readAllBytes(truncated));

        JsonNode record = awaitRecord("pdf-to-text", name);
        assertThat(record.path("operation").asText()).isEqualTo("pdf-to-text");
        assertThat(record.path("file").asText()).isEqualTo(name);
        assertThat(record.path("reason").asText()).contains(name).contains("not a readable PDF");
        assertThat(record.path("type").asText()).isEqualTo("corrupt-input");
        assertThat(record.path("status").asInt()).isEqualTo(422);
        assertThat(Instant.parse(record.path("time").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(record.path("requestId").asText()).isNotBlank();
        assertThat(awaitFile(failed("pdf-to-text").resolve(name))).hasSameBinaryContentAs(truncated);
        assertThat(outbox("pdf-to-text").resolve(baseName(name) + ".txt")).doesNotExist();
        assertThat(archive("pdf-to-text").resolve(name)).doesNotExist();
    }

    @Test
    void emptyFileRecorded() throws IOException {
        String name = unique("empty") + ".pdf";

        drop("pdf-to-text", name, new byte[0]);

        JsonNode record = awaitRecord("pdf-to-text", name);
        assertThat(record.path("type").asText()).isEqualTo("corrupt-input");
        assertThat(record.path("status").asInt()).isEqualTo(422);
        assertThat(record.path("reason").asText()).contains("empty");
        assertThat(awaitFile(failed("pdf-to-text").resolve(name))).isEmptyFile();
    }

    @Test
    void textNamedPdfRecorded() throws IOException {
        String name = unique("notes") + ".pdf";

        drop("pdf-to-text", name, "Plain notes, not a PDF.\n".getBytes(StandardCharsets.UTF_8));

        JsonNode record = awaitRecord("pdf-to-text", name);
        assertThat(record.path("type").asText()).isEqualTo("unsupported-input");
        assertThat(record.path("status").asInt()).isEqualTo(415);
        assertThat(record.path("reason").asText()).contains("text/plain");
    }

    @Test
    void sidecarOptionsApplied() throws IOException {
        String name = unique("sidecar") + ".pdf";
        Path pdf = TestPdfs.withText(folder.resolve(name), "Page one only", "Page two only");

        drop("pdf-to-text", name + ".options.json", "{\"pages\": \"2\"}".getBytes(StandardCharsets.UTF_8));
        drop("pdf-to-text", name, Files.readAllBytes(pdf));

        Path result = awaitFile(outbox("pdf-to-text").resolve(baseName(name) + ".txt"));
        assertThat(Files.readString(result)).contains("Page two only").doesNotContain("Page one only");
        assertThat(awaitFile(archive("pdf-to-text").resolve(name + ".options.json"))).content()
                .contains("\"pages\"");
        assertThat(inbox("pdf-to-text").resolve(name + ".options.json")).doesNotExist();
        // The sidecar is never picked up as an input of its own.
        assertThat(failed("pdf-to-text").resolve(name + ".options.json.error.json")).doesNotExist();
        assertThat(outbox("pdf-to-text").resolve(name + ".options.txt")).doesNotExist();
    }

    @Test
    void invalidSidecarRecorded() throws IOException {
        String name = unique("badoption") + ".pdf";
        Path pdf = TestPdfs.withText(folder.resolve(name), "Text");

        drop("pdf-to-text", name + ".options.json", "{\"colour\": \"red\"}".getBytes(StandardCharsets.UTF_8));
        drop("pdf-to-text", name, Files.readAllBytes(pdf));

        JsonNode record = awaitRecord("pdf-to-text", name);
        assertThat(record.path("type").asText()).isEqualTo("invalid-option");
        assertThat(record.path("status").asInt()).isEqualTo(400);
        assertThat(record.path("reason").asText()).contains("'colour'");
        assertThat(awaitFile(failed("pdf-to-text").resolve(name + ".options.json"))).exists();
        assertThat(inbox("pdf-to-text").resolve(name + ".options.json")).doesNotExist();
    }

    @Test
    void malformedSidecarRecorded() throws IOException {
        String name = unique("badjson") + ".pdf";
        Path pdf = TestPdfs.withText(folder.resolve(name), "Text");

        drop("pdf-to-text", name + ".options.json", "{pages: 2".getBytes(StandardCharsets.UTF_8));
        drop("pdf-to-text", name, Files.readAllBytes(pdf));

        JsonNode record = awaitRecord("pdf-to-text", name);
        assertThat(record.path("type").asText()).isEqualTo("invalid-option");
        assertThat(record.path("reason").asText()).contains(name + ".options.json").contains("JSON");
    }

    @Test
    void slowWriterWaitedFor() throws Exception {
        String name = unique("slow") + ".pdf";
        String[] pages = new String[12];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = "Slowly written page " + (i + 1);
        }
        byte[] content = Files.readAllBytes(TestPdfs.withText(folder.resolve(name), pages));
        Path target = inbox("pdf-to-text").resolve(name);

        // Eight chunks, one every 550 ms: the file grows for about 4 s.
        writeInChunks(target, content, 8, 550);

        Path result = awaitFile(outbox("pdf-to-text").resolve(baseName(name) + ".txt"));
        assertThat(Files.readString(result)).contains("Slowly written page 1").contains("Slowly written page 12");
        assertThat(awaitFile(archive("pdf-to-text").resolve(name))).hasBinaryContent(content);
        assertThat(failed("pdf-to-text").resolve(name + ".error.json")).doesNotExist();
    }

    @Test
    void keepsWatchingAfterFailures() throws IOException {
        String bad = unique("bad") + ".pdf";
        String good = unique("good") + ".pdf";
        Path pdf = TestPdfs.withText(folder.resolve(good), "Still watching");

        drop("pdf-to-text", bad, new byte[] {'%', 'P', 'D', 'F'});
        awaitRecord("pdf-to-text", bad);
        drop("pdf-to-text", good, Files.readAllBytes(pdf));

        Path result = awaitFile(outbox("pdf-to-text").resolve(baseName(good) + ".txt"));
        assertThat(Files.readString(result)).contains("Still watching");
    }

    @Test
    void sameNameTwiceReplaced() throws IOException {
        String name = unique("again") + ".pdf";
        Path first = TestPdfs.withText(folder.resolve("first.pdf"), "First version");
        Path second = TestPdfs.withText(folder.resolve("second.pdf"), "Second version");
        Path result = outbox("pdf-to-text").resolve(baseName(name) + ".txt");

        drop("pdf-to-text", name, Files.readAllBytes(first));
        awaitFile(archive("pdf-to-text").resolve(name));
        drop("pdf-to-text", name, Files.readAllBytes(second));

        await().atMost(HotFolders.TIMEOUT).untilAsserted(() -> assertThat(result).content().contains("Second version"));
        await().atMost(HotFolders.TIMEOUT).untilAsserted(() -> assertThat(archive("pdf-to-text").resolve(name))
                .hasSameBinaryContentAs(second));
        assertThat(inbox("pdf-to-text").resolve(name)).doesNotExist();
    }

    @Test
    void blockedResultRecordedAsInternal() throws IOException {
        String name = unique("blocked") + ".pdf";
        Path pdf = TestPdfs.withText(folder.resolve(name), "Cannot be delivered");
        // A directory that is not empty where the result file should go makes writing the result
        // fail, a failure that is docpipe's to fix and not the sender's.
        Path blocker = Files.createDirectories(outbox("pdf-to-text").resolve(baseName(name) + ".txt"));
        Files.writeString(blocker.resolve("keep"), "in the way");

        drop("pdf-to-text", name, Files.readAllBytes(pdf));

        JsonNode record = awaitRecord("pdf-to-text", name);
        assertThat(record.path("type").asText()).isEqualTo("internal-error");
        assertThat(record.path("status").asInt()).isEqualTo(500);
        assertThat(record.path("reason").asText()).contains(record.path("requestId").asText());
        assertThat(awaitFile(failed("pdf-to-text").resolve(name))).hasSameBinaryContentAs(pdf);
    }

    @Test
    void pdfToImageResult() throws IOException {
        String name = unique("render") + ".pdf";
        Path pdf = TestPdfs.withText(folder.resolve(name), "Rendered page");

        drop("pdf-to-image", name, Files.readAllBytes(pdf));

        Path result = awaitFile(outbox("pdf-to-image").resolve(baseName(name) + ".png"));
        BufferedImage image = ImageIO.read(result.toFile());
        // A4 at the default 150 dpi: 8.27 x 11.69 inches.
        assertThat(image.getWidth()).isEqualTo(1240);
        assertThat(image.getHeight()).isEqualTo(1754);
        assertThat(awaitFile(archive("pdf-to-image").resolve(name))).exists();
    }

    private static void writeInChunks(Path target, byte[] content, int chunks, long intervalMillis)
            throws InterruptedException {
        ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger written = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        int chunkSize = (content.length + chunks - 1) / chunks;
        writer.scheduleAtFixedRate(() -> {
            int start = written.get() * chunkSize;
            byte[] chunk = Arrays.copyOfRange(content, start, Math.min(start + chunkSize, content.length));
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                out.write(chunk);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (written.incrementAndGet() == chunks) {
                done.countDown();
                writer.shutdown();
            }
        }, 0, intervalMillis, TimeUnit.MILLISECONDS);
        assertThat(done.await(chunks * intervalMillis + 10_000, TimeUnit.MILLISECONDS)).as("writer finished").isTrue();
    }
}

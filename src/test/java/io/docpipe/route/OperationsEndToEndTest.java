package io.docpipe.route;

import static io.docpipe.testing.HotFolders.archive;
import static io.docpipe.testing.HotFolders.awaitFile;
import static io.docpipe.testing.HotFolders.awaitRecord;
import static io.docpipe.testing.HotFolders.baseName;
import static io.docpipe.testing.HotFolders.drop;
import static io.docpipe.testing.HotFolders.outbox;
import static io.docpipe.testing.HotFolders.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docpipe.testing.Corpus;
import io.docpipe.testing.HotFolders;
import io.docpipe.testing.ServiceTest;
import io.docpipe.testing.TestImages;
import io.docpipe.testing.TestPdfs;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Every operation through every input of the running application, with the real engines: PDFBox,
 * OpenCV and Tesseract. HTTP runs each operation with a multipart upload and with the raw body.
 */
class OperationsEndToEndTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @TempDir
    Path folder;

    enum Upload { MULTIPART, RAW_BODY }

    @ParameterizedTest
    @EnumSource(Upload.class)
    void pdfToTextOverHttp(Upload upload) throws IOException {
        Path pdf = TestPdfs.withText(folder.resolve("text.pdf"), "Extracted over HTTP", "Trang hai: Đà Nẵng");

        ResponseEntity<byte[]> response = post(upload, "pdf-to-text", "", pdf, MediaType.APPLICATION_PDF);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        assertThat(text(response)).contains("Extracted over HTTP").contains("Trang hai: Đà Nẵng");
    }

    @ParameterizedTest
    @EnumSource(Upload.class)
    void pdfToImageOverHttp(Upload upload) throws IOException {
        Path pdf = TestPdfs.withText(folder.resolve("pages.pdf"), "Page one", "Page two");

        ResponseEntity<byte[]> response = post(upload, "pdf-to-image", "dpi=72", pdf, MediaType.APPLICATION_PDF);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).hasToString("application/zip");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.getBody()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                BufferedImage page = ImageIO.read(zip);
                // A4 at 72 dpi is 595 x 842 points, one pixel per point.
                assertThat(page.getWidth()).isEqualTo(595);
                assertThat(page.getHeight()).isEqualTo(842);
            }
        }
        assertThat(entries).containsExactly("page-001.png", "page-002.png");
    }

    @ParameterizedTest
    @EnumSource(Upload.class)
    void imageTransformOverHttp(Upload upload) throws IOException {
        Path card = TestImages.write(TestImages.quadrants(400, 300), "png", folder.resolve("card.png"));

        ResponseEntity<byte[]> response = post(upload, "image-transform", "width=200&flip=horizontal", card,
                MediaType.IMAGE_PNG);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.getBody()));
        assertThat(image.getWidth()).isEqualTo(200);
        assertThat(image.getHeight()).isEqualTo(150);
        // Mirrored left to right: the green top-right quadrant is now top left.
        assertThat(image.getRGB(20, 20) & 0xffffff).isEqualTo(0x00ff00);
    }

    @ParameterizedTest
    @EnumSource(Upload.class)
    void imageToPdfOverHttp(Upload upload) throws IOException {
        Path card = TestImages.write(TestImages.quadrants(400, 300), "png", folder.resolve("card.png"));

        ResponseEntity<byte[]> response = post(upload, "image-to-pdf", "pageSize=A4", card, MediaType.IMAGE_PNG);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(response.getBody())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            // A landscape image turns the A4 page to landscape.
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(842f, offset(1f));
        }
    }

    @ParameterizedTest
    @EnumSource(Upload.class)
    void ocrOverHttp(Upload upload) throws IOException {
        Path scan = TestImages.writeText(folder.resolve("scan.png"), "png", "Docpipe reads scanned pages");

        ResponseEntity<byte[]> response = post(upload, "ocr", "", scan, MediaType.IMAGE_PNG);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getFirst("Content-Disposition")).contains("scan.txt");
        assertThat(normalize(text(response))).contains("Docpipe reads scanned pages");
    }

    @Test
    void ocrJsonOverHttp() throws IOException {
        Path scan = TestImages.writeText(folder.resolve("viet.png"), "png", "Tiếng Việt có dấu");

        ResponseEntity<byte[]> response = post(Upload.MULTIPART, "ocr", "language=vie+eng&output=json", scan,
                MediaType.IMAGE_PNG);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        JsonNode result = JSON.readTree(response.getBody());
        assertThat(result.path("language").asText()).isEqualTo("vie+eng");
        assertThat(normalize(result.path("pages").path(0).path("text").asText())).contains("Tiếng Việt có dấu");
        assertThat(result.path("pages").path(0).path("words")).isNotEmpty();
    }

    @Test
    void ocrCorpusOverHttp() {
        Path phototest = Corpus.file("ocr_eng_phototest_1bit.tif");

        ResponseEntity<byte[]> response = post(Upload.MULTIPART, "ocr", "language=en", phototest,
                MediaType.parseMediaType("image/tiff"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(normalize(text(response))).contains("The quick brown dog jumped over the lazy fox");
    }

    @Test
    void unknownLanguageOverHttp() throws IOException {
        Path scan = TestImages.writeText(folder.resolve("scan.png"), "png", "Any text");

        ResponseEntity<byte[]> response = post(Upload.MULTIPART, "ocr", "language=klingon", scan, MediaType.IMAGE_PNG);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        JsonNode problem = JSON.readTree(response.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("urn:docpipe:problem:invalid-option");
        assertThat(problem.path("detail").asText()).contains("'klingon'").contains("vie");
        ResponseEntity<byte[]> next = post(Upload.MULTIPART, "ocr", "", scan, MediaType.IMAGE_PNG);
        assertThat(next.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void ocrHotFolder() throws IOException {
        String name = unique("scan") + ".png";
        TestImages.writeText(folder.resolve(name), "png", "Dropped into the hot folder");

        drop("ocr", name, folder.resolve(name));

        Path result = awaitFile(outbox("ocr").resolve(baseName(name) + ".txt"));
        assertThat(normalize(Files.readString(result))).contains("Dropped into the hot folder");
        assertThat(awaitFile(archive("ocr").resolve(name))).exists();
    }

    @Test
    void ocrVietnameseHotFolder() throws IOException {
        String name = unique("tieng-viet") + ".png";
        TestImages.writeText(folder.resolve(name), "png", "Tiếng Việt có dấu");

        drop("ocr-vi", name, folder.resolve(name));

        Path result = awaitFile(outbox("ocr-vi").resolve(baseName(name) + ".txt"));
        assertThat(normalize(Files.readString(result))).contains("Tiếng Việt có dấu");
    }

    @Test
    void ocrVietnameseCorpusHotFolder() throws IOException {
        Path word = Corpus.file("ocr_vie_word_tieng.tif");
        String name = unique("viet-word") + ".tif";

        drop("ocr-vi", name, word);

        Path result = awaitFile(outbox("ocr-vi").resolve(baseName(name) + ".txt"));
        assertThat(normalize(Files.readString(result))).isEqualTo("tiếng");
    }

    @Test
    void unknownLanguageHotFolder() throws IOException {
        String name = unique("klingon") + ".png";
        TestImages.writeText(folder.resolve(name), "png", "Any text");

        drop("ocr", name + ".options.json", "{\"language\": \"klingon\"}".getBytes(StandardCharsets.UTF_8));
        drop("ocr", name, folder.resolve(name));

        JsonNode record = awaitRecord("ocr", name);
        assertThat(record.path("type").asText()).isEqualTo("invalid-option");
        assertThat(record.path("status").asInt()).isEqualTo(400);
        assertThat(record.path("reason").asText()).contains("'klingon'");
    }

    @Test
    void imageTransformHotFolder() throws IOException {
        String name = unique("card") + ".png";
        TestImages.write(TestImages.quadrants(400, 300), "png", folder.resolve(name));

        drop("image-transform", name + ".options.json",
                "{\"width\": 100, \"grayscale\": true}".getBytes(StandardCharsets.UTF_8));
        drop("image-transform", name, folder.resolve(name));

        BufferedImage image = ImageIO.read(awaitFile(outbox("image-transform").resolve(name)).toFile());
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(75);
        int rgb = image.getRGB(10, 10);
        assertThat((rgb >> 16) & 0xff).isEqualTo(rgb & 0xff);
        assertThat((rgb >> 8) & 0xff).isEqualTo(rgb & 0xff);
    }

    @Test
    void imageToPdfHotFolder() throws IOException {
        String name = unique("photo") + ".png";
        TestImages.write(TestImages.quadrants(400, 300), "png", folder.resolve(name));

        drop("image-to-pdf", name, folder.resolve(name));

        Path result = awaitFile(outbox("image-to-pdf").resolve(baseName(name) + ".pdf"));
        try (PDDocument document = Loader.loadPDF(result.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void pdfToTextCorpusHotFolder() throws IOException {
        Path poem = Corpus.file("pdf_text_vietnamese_2p.pdf");
        String name = unique("ao-lua") + ".pdf";

        drop("pdf-to-text", name, poem);

        Path result = awaitFile(outbox("pdf-to-text").resolve(baseName(name) + ".txt"));
        assertThat(Files.readString(result)).contains("Áo Lụa Hà Đông")
                .contains("Nắng Sài Gòn anh đi mà chợt mát");
    }

    @Test
    void ocrOverJms() throws Exception {
        Path scan = TestImages.writeText(folder.resolve("jms.png"), "png", "Tiếng Việt qua JMS");

        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl());
                JMSContext jms = factory.createContext()) {
            Message reply = requestReply(jms, "ocr", "language=vi&output=json", "jms.png", Files.readAllBytes(scan));

            assertThat(reply.getStringProperty("docpipeStatus")).isEqualTo("succeeded");
            assertThat(reply.getStringProperty("docpipeFileName")).isEqualTo("jms.json");
            assertThat(reply.getStringProperty("docpipeContentType")).isEqualTo("application/json");
            JsonNode result = JSON.readTree(reply.getBody(byte[].class));
            assertThat(result.path("language").asText()).isEqualTo("vie");
            assertThat(normalize(result.path("pages").path(0).path("text").asText()))
                    .contains("Tiếng Việt qua JMS");
        }
    }

    @Test
    void unknownLanguageOverJms() throws Exception {
        Path scan = TestImages.writeText(folder.resolve("jms.png"), "png", "Any text");

        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl());
                JMSContext jms = factory.createContext()) {
            Message reply = requestReply(jms, "ocr", "language=klingon", "jms.png", Files.readAllBytes(scan));

            assertThat(reply.getStringProperty("docpipeStatus")).isEqualTo("failed");
            assertThat(reply.getStringProperty("docpipeErrorType")).isEqualTo("invalid-option");
            assertThat(reply.getStringProperty("docpipeError")).contains("'klingon'");
        }
    }

    @Test
    void imageTransformOverJms() throws Exception {
        Path card = TestImages.write(TestImages.quadrants(400, 300), "png", folder.resolve("card.png"));

        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl());
                JMSContext jms = factory.createContext()) {
            Message reply = requestReply(jms, "image-transform", "rotate=90&format=jpeg", "card.png",
                    Files.readAllBytes(card));

            assertThat(reply.getStringProperty("docpipeStatus")).isEqualTo("succeeded");
            assertThat(reply.getStringProperty("docpipeFileName")).isEqualTo("card.jpg");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(reply.getBody(byte[].class)));
            assertThat(image.getWidth()).isEqualTo(300);
            assertThat(image.getHeight()).isEqualTo(400);
        }
    }

    private Message requestReply(JMSContext jms, String operation, String options, String fileName, byte[] content)
            throws Exception {
        BytesMessage request = jms.createBytesMessage();
        request.writeBytes(content);
        request.setStringProperty("docpipeOperation", operation);
        request.setStringProperty("docpipeOptions", options);
        request.setStringProperty("docpipeFileName", fileName);
        TemporaryQueue replies = jms.createTemporaryQueue();
        request.setJMSReplyTo(replies);

        jms.createProducer().send(jms.createQueue("docpipe.requests"), request);
        Message reply = jms.createConsumer(replies).receive(HotFolders.TIMEOUT.toMillis());
        assertThat(reply).as("reply to %s", operation).isNotNull();
        return reply;
    }

    private ResponseEntity<byte[]> post(Upload upload, String operation, String query, Path file, MediaType type) {
        String url = baseUrl() + "/api/v1/convert/" + operation + (query.isEmpty() ? "" : "?" + query);
        HttpHeaders headers = new HttpHeaders();
        if (upload == Upload.MULTIPART) {
            MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("file", new FileSystemResource(file));
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            return http.postForEntity(url, new HttpEntity<>(form, headers), byte[].class);
        }
        headers.setContentType(type);
        headers.set("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        try {
            return http.postForEntity(url, new HttpEntity<>(Files.readAllBytes(file), headers), byte[].class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(ResponseEntity<byte[]> response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    /** NFC with every run of white space as one space: OCR line breaks and spacing vary with layout. */
    private static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
    }

}

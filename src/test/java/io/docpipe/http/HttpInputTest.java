package io.docpipe.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docpipe.testing.ServiceTest;
import io.docpipe.testing.TestPdfs;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** {@code POST /api/v1/convert/{operation}} against the running application, with pdf-to-text as the operation. */
class HttpInputTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    ServletContext servletContext;

    @TempDir
    Path folder;

    @Test
    void multipartReturnsResult() {
        Path pdf = TestPdfs.withText(folder.resolve("letter.pdf"), "Hello docpipe", "Second page");

        ResponseEntity<byte[]> response = postMultipart("pdf-to-text", "", new FileSystemResource(pdf));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_PLAIN)).isTrue();
        assertThat(response.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"letter.txt\"");
        assertThat(response.getHeaders().getFirst("X-Request-Id")).isNotBlank();
        assertThat(text(response)).contains("Hello docpipe").contains("Second page");
    }

    @Test
    void uploadedPartsDeleted() {
        File servletTemp = (File) servletContext.getAttribute(ServletContext.TEMPDIR);
        Path pdf = TestPdfs.withText(folder.resolve("temporary.pdf"), "Uploaded once");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new FileSystemResource(pdf));
        form.add("extra", bytes("extra.bin", new byte[] {1, 2, 3}));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<byte[]> response = http.postForEntity(convertUrl("pdf-to-text", ""),
                new HttpEntity<>(form, headers), byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(text(response)).contains("Uploaded once");
        // The binding saves each part under a random UUID; none may be left once the exchange is done.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(servletTemp.list())
                .noneMatch(name -> name.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
    }

    @Test
    void optionsOnlyFromQuery() {
        Path pdf = TestPdfs.withText(folder.resolve("two.pdf"), "First page", "Second page");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new FileSystemResource(pdf));
        form.add("pages", "7");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.add("pages", "9");
        headers.add("X-Custom", "not for the response");

        ResponseEntity<byte[]> response = http.postForEntity(convertUrl("pdf-to-text", "pages=2"),
                new HttpEntity<>(form, headers), byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(text(response)).contains("Second page").doesNotContain("First page");
        assertThat(response.getHeaders().keySet()).noneMatch(name -> name.equalsIgnoreCase("X-Custom"));
        assertThat(response.getHeaders().keySet()).noneMatch(name -> name.regionMatches(true, 0, "Docpipe", 0, 7));
        assertThat(response.getHeaders().keySet()).noneMatch(name -> name.regionMatches(true, 0, "Camel", 0, 5));
    }

    @Test
    void rawBodyWithContentDisposition() throws IOException {
        Path pdf = TestPdfs.withText(folder.resolve("raw.pdf"), "Raw body text");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.attachment().filename("invoice.pdf").build());

        ResponseEntity<byte[]> response = http.postForEntity(convertUrl("pdf-to-text", ""),
                new HttpEntity<>(Files.readAllBytes(pdf), headers), byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"invoice.txt\"");
        assertThat(text(response)).contains("Raw body text");
    }

    @Test
    void rawBodyWithoutName() throws IOException {
        Path pdf = TestPdfs.withText(folder.resolve("anonymous.pdf"), "No name given");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);

        ResponseEntity<byte[]> response = http.postForEntity(convertUrl("pdf-to-text", ""),
                new HttpEntity<>(Files.readAllBytes(pdf), headers), byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"document.txt\"");
        assertThat(text(response)).contains("No name given");
    }

    @Test
    void vietnameseFileName() {
        Path pdf = TestPdfs.withText(folder.resolve("viet.pdf"), "Tiếng Việt có dấu: Đà Nẵng");
        ResponseEntity<byte[]> response = postMultipart("pdf-to-text", "", named(pdf, "Tiếng Việt.pdf"));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        String disposition = response.getHeaders().getFirst("Content-Disposition");
        assertThat(disposition).isEqualTo(
                "attachment; filename=\"Tieng Viet.txt\"; filename*=UTF-8''Ti%E1%BA%BFng%20Vi%E1%BB%87t.txt");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo("Tiếng Việt.txt");
        assertThat(text(response)).contains("Tiếng Việt có dấu: Đà Nẵng");
    }

    @Test
    void clientRequestIdKept() {
        Path pdf = TestPdfs.withText(folder.resolve("id.pdf"), "Tracked");
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new FileSystemResource(pdf));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.add("X-Request-Id", "order-4711");

        ResponseEntity<byte[]> response = http.postForEntity(convertUrl("nonexistent", ""),
                new HttpEntity<>(form, headers), byte[].class);

        assertThat(response.getHeaders().getFirst("X-Request-Id")).isEqualTo("order-4711");
        assertThat(problem(response).path("requestId").asText()).isEqualTo("order-4711");
    }

    @Test
    void unknownOperationIs404() {
        Path pdf = TestPdfs.withText(folder.resolve("a.pdf"), "Text");

        ResponseEntity<byte[]> response = postMultipart("frobnicate", "", new FileSystemResource(pdf));

        JsonNode problem = assertProblem(response, 404, "unknown-operation", "Unknown operation");
        assertThat(problem.path("detail").asText()).contains("'frobnicate'").contains("pdf-to-text");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/convert/frobnicate");
        assertThat(problem.path("operation").asText()).isEqualTo("frobnicate");
    }

    @Test
    void unknownOptionIs400() {
        Path pdf = TestPdfs.withText(folder.resolve("b.pdf"), "Text");

        ResponseEntity<byte[]> response = postMultipart("pdf-to-text", "colour=red", new FileSystemResource(pdf));

        JsonNode problem = assertProblem(response, 400, "invalid-option", "Invalid option");
        assertThat(problem.path("detail").asText()).contains("'colour'").contains("pages");
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/convert/pdf-to-text");
        assertThat(problem.path("operation").asText()).isEqualTo("pdf-to-text");
    }

    @Test
    void invalidOptionValueIs400() {
        Path pdf = TestPdfs.withText(folder.resolve("c.pdf"), "Text");

        ResponseEntity<byte[]> response = postMultipart("pdf-to-image", "dpi=5", new FileSystemResource(pdf));

        JsonNode problem = assertProblem(response, 400, "invalid-option", "Invalid option");
        assertThat(problem.path("detail").asText()).contains("'5'").contains("'dpi'");
    }

    @Test
    void textNamedPdfIs415() {
        ResponseEntity<byte[]> response = postMultipart("pdf-to-text", "",
                bytes("notes.pdf", "These are plain notes, not a PDF.\n".getBytes(StandardCharsets.UTF_8)));

        JsonNode problem = assertProblem(response, 415, "unsupported-input", "Unsupported input");
        assertThat(problem.path("detail").asText()).contains("notes.pdf").contains("text/plain");
    }

    @Test
    void emptyFileIs422() {
        ResponseEntity<byte[]> response = postMultipart("pdf-to-text", "", bytes("empty.pdf", new byte[0]));

        JsonNode problem = assertProblem(response, 422, "corrupt-input", "Broken input");
        assertThat(problem.path("detail").asText()).contains("empty.pdf").contains("empty");
    }

    @Test
    void truncatedPdfIs422() {
        Path whole = TestPdfs.withText(folder.resolve("whole.pdf"), "Some text on a page that will be cut");
        Path truncated = TestPdfs.truncated(whole, folder.resolve("cut.pdf"), 400);

        ResponseEntity<byte[]> response = postMultipart("pdf-to-text", "", new FileSystemResource(truncated));

        JsonNode problem = assertProblem(response, 422, "corrupt-input", "Broken input");
        assertThat(problem.path("detail").asText()).contains("cut.pdf");
    }

    @Test
    void missingFilePartIs400() {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("document", bytes("letter.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<byte[]> response = http.postForEntity(convertUrl("pdf-to-text", ""),
                new HttpEntity<>(form, headers), byte[].class);

        JsonNode problem = assertProblem(response, 400, "invalid-request", "Invalid request");
        assertThat(problem.path("detail").asText()).contains("'file'");
    }

    @Test
    void noBodyIs400() {
        ResponseEntity<byte[]> response = http.postForEntity(convertUrl("pdf-to-text", ""),
                new HttpEntity<>(null, new HttpHeaders()), byte[].class);

        JsonNode problem = assertProblem(response, 400, "invalid-request", "Invalid request");
        assertThat(problem.path("detail").asText()).contains("Content-Type");
    }

    @Test
    void formEncodedBodyIs415() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        ResponseEntity<byte[]> response = http.postForEntity(convertUrl("pdf-to-text", ""),
                new HttpEntity<>("%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII), headers), byte[].class);

        JsonNode problem = assertProblem(response, 415, "unsupported-input", "Unsupported input");
        assertThat(problem.path("detail").asText()).contains("application/x-www-form-urlencoded");
    }

    @Test
    void getOnConvertPathIsProblem405() {
        ResponseEntity<byte[]> response = http.getForEntity(convertUrl("pdf-to-text", ""), byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(405);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void unknownPathIsProblem404() {
        ResponseEntity<byte[]> response = http.getForEntity(convertUrl("", "").replace("/convert/", "/nothing"),
                byte[].class);

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    @Test
    void oversizedUploadIs413() {
        byte[] large = new byte[(int) MAX_FILE_SIZE + 512 * 1024];

        ResponseEntity<byte[]> response = postMultipart("pdf-to-text", "", bytes("large.pdf", large));

        JsonNode problem = assertProblem(response, 413, "limit-exceeded", "Limit exceeded");
        assertThat(problem.path("detail").asText()).contains(String.valueOf(MAX_FILE_SIZE));
        assertThat(problem.path("instance").asText()).isEqualTo("/api/v1/convert/pdf-to-text");
        assertThat(problem.path("operation").asText()).isEqualTo("pdf-to-text");
    }

    @Test
    void oversizedRawBodyIs413() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);

        ResponseEntity<byte[]> response = http.postForEntity(convertUrl("pdf-to-text", ""),
                new HttpEntity<>(new byte[(int) MAX_FILE_SIZE + 1], headers), byte[].class);

        JsonNode problem = assertProblem(response, 413, "limit-exceeded", "Limit exceeded");
        assertThat(problem.path("detail").asText()).contains(String.valueOf(MAX_FILE_SIZE));
    }

    @Test
    void oversizedChunkedBodyIs413() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(convertUrl("pdf-to-text", "")))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(new byte[(int) MAX_FILE_SIZE + 1])))
                .build();

        // A body publisher of unknown length makes the client send the body in chunks.
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:docpipe:problem:limit-exceeded");
        assertThat(problem.path("detail").asText()).contains(String.valueOf(MAX_FILE_SIZE + 1));
    }

    @Test
    void keepsServingAfterErrors() {
        Path good = TestPdfs.withText(folder.resolve("good.pdf"), "Still serving");
        Path whole = TestPdfs.withText(folder.resolve("whole.pdf"), "Some text on a page that will be cut");
        Path truncated = TestPdfs.truncated(whole, folder.resolve("cut.pdf"), 400);

        assertThat(postMultipart("pdf-to-text", "", bytes("empty.pdf", new byte[0])).getStatusCode().value())
                .isEqualTo(422);
        assertThat(postMultipart("pdf-to-text", "", new FileSystemResource(truncated)).getStatusCode().value())
                .isEqualTo(422);
        assertThat(postMultipart("pdf-to-text", "", bytes("notes.pdf", "notes".getBytes(StandardCharsets.UTF_8)))
                .getStatusCode().value()).isEqualTo(415);
        assertThat(postMultipart("pdf-to-text", "colour=red", new FileSystemResource(good)).getStatusCode().value())
                .isEqualTo(400);
        assertThat(postMultipart("nope", "", new FileSystemResource(good)).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<byte[]> response = postMultipart("pdf-to-text", "", new FileSystemResource(good));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(text(response)).contains("Still serving");
    }

    private ResponseEntity<byte[]> postMultipart(String operation, String query, Object file) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", file);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity(convertUrl(operation, query), new HttpEntity<>(form, headers), byte[].class);
    }

    private String convertUrl(String operation, String query) {
        return baseUrl() + "/api/v1/convert/" + operation + (query.isEmpty() ? "" : "?" + query);
    }

    private static ByteArrayResource bytes(String fileName, byte[] content) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }

    private static FileSystemResource named(Path file, String fileName) {
        return new FileSystemResource(file) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }

    private static String text(ResponseEntity<byte[]> response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    /** Checks the status, media type and standard members of a problem response and returns its body. */
    private static JsonNode assertProblem(ResponseEntity<byte[]> response, int status, String slug, String title) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        JsonNode problem = problem(response);
        assertThat(problem.path("type").asText()).isEqualTo("urn:docpipe:problem:" + slug);
        assertThat(problem.path("title").asText()).isEqualTo(title);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("requestId").asText()).isEqualTo(response.getHeaders().getFirst("X-Request-Id"));
        return problem;
    }

    private static JsonNode problem(ResponseEntity<byte[]> response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (IOException e) {
            throw new AssertionError("Response body is not JSON: " + text(response), e);
        }
    }
}

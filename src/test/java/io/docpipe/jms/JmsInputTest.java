package io.docpipe.jms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docpipe.testing.ServiceTest;
import io.docpipe.testing.TestPdfs;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JMS input, driven the way another process would: a core JMS client connecting to the embedded
 * broker's TCP acceptor, sending to {@code docpipe.requests} and reading the replies.
 */
class JmsInputTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long REPLY_TIMEOUT_MILLIS = 30_000;

    @TempDir
    Path folder;

    private ActiveMQConnectionFactory connectionFactory;
    private JMSContext jms;

    @BeforeEach
    void connect() {
        connectionFactory = new ActiveMQConnectionFactory(brokerUrl());
        jms = connectionFactory.createContext();
    }

    @AfterEach
    void disconnect() {
        jms.close();
        connectionFactory.close();
    }

    @Test
    void replyToWithCorrelationId() throws Exception {
        Path pdf = TestPdfs.withText(folder.resolve("letter.pdf"), "First page", "Second page");
        TemporaryQueue replies = jms.createTemporaryQueue();
        BytesMessage request = request("pdf-to-text", "pages=2", "letter.pdf", Files.readAllBytes(pdf));
        request.setJMSReplyTo(replies);
        request.setJMSCorrelationID("order-17");

        send(request);
        Message reply = jms.createConsumer(replies).receive(REPLY_TIMEOUT_MILLIS);

        assertThat(reply).isInstanceOf(BytesMessage.class);
        assertThat(reply.getJMSCorrelationID()).isEqualTo("order-17");
        assertThat(reply.getStringProperty("docpipeStatus")).isEqualTo("succeeded");
        assertThat(reply.getStringProperty("docpipeFileName")).isEqualTo("letter.txt");
        assertThat(reply.getStringProperty("docpipeContentType")).startsWith("text/plain");
        assertThat(reply.getStringProperty("docpipeRequestId")).isNotBlank();
        assertThat(text(reply)).contains("Second page").doesNotContain("First page");
        assertThat(propertyNames(reply)).allMatch(name -> name.startsWith("docpipe") || name.startsWith("JMSX"),
                "only the reply's own properties");
        assertThat(propertyNames(reply)).doesNotContain("docpipeOperation", "docpipeOptions");
    }

    @Test
    void replyToWithMessageId() throws Exception {
        Path pdf = TestPdfs.withText(folder.resolve("uncorrelated.pdf"), "Matched by message id");
        TemporaryQueue replies = jms.createTemporaryQueue();
        BytesMessage request = request("pdf-to-text", null, "uncorrelated.pdf", Files.readAllBytes(pdf));
        request.setJMSReplyTo(replies);

        send(request);
        Message reply = jms.createConsumer(replies).receive(REPLY_TIMEOUT_MILLIS);

        assertThat(reply).isInstanceOf(BytesMessage.class);
        assertThat(reply.getJMSCorrelationID()).isEqualTo(request.getJMSMessageID());
        assertThat(reply.getStringProperty("docpipeStatus")).isEqualTo("succeeded");
        assertThat(text(reply)).contains("Matched by message id");
    }

    @Test
    void resultsQueueWithMessageId() throws Exception {
        Path pdf = TestPdfs.withText(folder.resolve("plain.pdf"), "No reply address given");
        BytesMessage request = request("pdf-to-text", null, "plain.pdf", Files.readAllBytes(pdf));

        send(request);
        Message reply = receiveResult(request.getJMSMessageID());

        assertThat(reply).isInstanceOf(BytesMessage.class);
        assertThat(reply.getJMSCorrelationID()).isEqualTo(request.getJMSMessageID());
        assertThat(reply.getStringProperty("docpipeStatus")).isEqualTo("succeeded");
        assertThat(reply.getStringProperty("docpipeFileName")).isEqualTo("plain.txt");
        assertThat(text(reply)).contains("No reply address given");
    }

    @Test
    void resultsQueueWithCorrelationId() throws Exception {
        Path pdf = TestPdfs.withText(folder.resolve("tagged.pdf"), "Correlated on the results queue");
        BytesMessage request = request("pdf-to-text", null, "tagged.pdf", Files.readAllBytes(pdf));
        String correlationId = "batch-" + UUID.randomUUID();
        request.setJMSCorrelationID(correlationId);

        send(request);
        Message reply = receiveResult(correlationId);

        assertThat(reply.getJMSCorrelationID()).isEqualTo(correlationId);
        assertThat(reply.getStringProperty("docpipeStatus")).isEqualTo("succeeded");
        assertThat(text(reply)).contains("Correlated on the results queue");
    }

    @Test
    void truncatedPdfFails() throws Exception {
        Path whole = TestPdfs.withText(folder.resolve("whole.pdf"), "Some text on a page that will be cut");
        Path truncated = TestPdfs.truncated(whole, folder.resolve("cut.pdf"), 400);

        Message reply = exchange(request("pdf-to-text", null, "cut.pdf", Files.readAllBytes(truncated)));

        JsonNode problem = assertFailed(reply, "corrupt-input", 422);
        assertThat(reply.getStringProperty("docpipeError")).contains("cut.pdf");
        assertThat(problem.path("detail").asText()).isEqualTo(reply.getStringProperty("docpipeError"));
        assertThat(problem.path("operation").asText()).isEqualTo("pdf-to-text");
    }

    @Test
    void emptyBodyFails() throws Exception {
        Message reply = exchange(request("pdf-to-text", null, "empty.pdf", new byte[0]));

        assertFailed(reply, "corrupt-input", 422);
        assertThat(reply.getStringProperty("docpipeError")).contains("empty");
    }

    @Test
    void textNamedPdfFails() throws Exception {
        byte[] notes = "Plain notes, not a PDF at all.\n".getBytes(StandardCharsets.UTF_8);

        Message reply = exchange(request("pdf-to-text", null, "notes.pdf", notes));

        assertFailed(reply, "unsupported-input", 415);
        assertThat(reply.getStringProperty("docpipeError")).contains("notes.pdf").contains("text/plain");
    }

    @Test
    void unknownOptionFails() throws Exception {
        Path pdf = TestPdfs.withText(folder.resolve("a.pdf"), "Text");

        Message reply = exchange(request("pdf-to-text", "colour=red", "a.pdf", Files.readAllBytes(pdf)));

        assertFailed(reply, "invalid-option", 400);
        assertThat(reply.getStringProperty("docpipeError")).contains("'colour'");
    }

    @Test
    void unknownOperationFails() throws Exception {
        Path pdf = TestPdfs.withText(folder.resolve("b.pdf"), "Text");

        Message reply = exchange(request("frobnicate", null, "b.pdf", Files.readAllBytes(pdf)));

        assertFailed(reply, "unknown-operation", 404);
        assertThat(reply.getStringProperty("docpipeError")).contains("'frobnicate'").contains("pdf-to-text");
    }

    @Test
    void operationWithUriSyntaxFails() throws Exception {
        Path pdf = TestPdfs.withText(folder.resolve("c.pdf"), "Text");

        Message reply = exchange(request("pdf-to-text?pages=1", null, "c.pdf", Files.readAllBytes(pdf)));

        assertFailed(reply, "unknown-operation", 404);
        assertThat(reply.getStringProperty("docpipeError")).contains("'pdf-to-text?pages=1'");
    }

    @Test
    void missingOperationFails() throws Exception {
        Path pdf = TestPdfs.withText(folder.resolve("d.pdf"), "Text");

        Message reply = exchange(request(null, null, "d.pdf", Files.readAllBytes(pdf)));

        assertFailed(reply, "unknown-operation", 404);
        assertThat(reply.getStringProperty("docpipeError")).contains("No operation");
    }

    @Test
    void textMessageFails() throws Exception {
        TextMessage request = jms.createTextMessage("%PDF-1.7 sent as text");
        request.setStringProperty("docpipeOperation", "pdf-to-text");

        Message reply = exchange(request);

        assertFailed(reply, "unsupported-input", 415);
        assertThat(reply.getStringProperty("docpipeError")).contains("TextMessage").contains("BytesMessage");
    }

    @Test
    void keepsServingAfterFailures() throws Exception {
        Path good = TestPdfs.withText(folder.resolve("good.pdf"), "Still consuming");
        byte[] goodBytes = Files.readAllBytes(good);

        assertThat(exchange(request("pdf-to-text", null, "e.pdf", new byte[0])).getStringProperty("docpipeStatus"))
                .isEqualTo("failed");
        assertThat(exchange(request("nope", null, "good.pdf", goodBytes)).getStringProperty("docpipeStatus"))
                .isEqualTo("failed");
        assertThat(exchange(request("pdf-to-text", "pages=9", "good.pdf", goodBytes))
                .getStringProperty("docpipeStatus")).isEqualTo("failed");
        Message reply = exchange(request("pdf-to-text", null, "good.pdf", goodBytes));

        assertThat(reply.getStringProperty("docpipeStatus")).isEqualTo("succeeded");
        assertThat(text(reply)).contains("Still consuming");
    }

    @Test
    void undeliverableReplyDeadLettered() throws Exception {
        Path pdf = TestPdfs.withText(folder.resolve("lost.pdf"), "Nobody listens");
        String marker = UUID.randomUUID().toString();
        BytesMessage request = request("pdf-to-text", null, "lost.pdf", Files.readAllBytes(pdf));
        // The reply address is full and rejects the reply, so docpipe cannot send its reply.
        Queue full = jms.createQueue(FULL_ADDRESS_PREFIX + marker);
        jms.createProducer().send(full, "filler");
        request.setJMSReplyTo(full);
        request.setStringProperty("testMarker", marker);

        send(request);
        Message deadLetter = jms.createConsumer(jms.createQueue("DLQ"), "testMarker = '" + marker + "'")
                .receive(REPLY_TIMEOUT_MILLIS);

        assertThat(deadLetter).as("request moved to the dead letter queue").isInstanceOf(BytesMessage.class);
        assertThat(deadLetter.getStringProperty("_AMQ_ORIG_ADDRESS")).isEqualTo("docpipe.requests");
        assertThat(deadLetter.getStringProperty("docpipeOperation")).isEqualTo("pdf-to-text");
        assertThat(deadLetter.getBody(byte[].class)).isEqualTo(Files.readAllBytes(pdf));
    }

    private BytesMessage request(String operation, String options, String fileName, byte[] content)
            throws JMSException {
        BytesMessage message = jms.createBytesMessage();
        message.writeBytes(content);
        if (operation != null) {
            message.setStringProperty("docpipeOperation", operation);
        }
        if (options != null) {
            message.setStringProperty("docpipeOptions", options);
        }
        message.setStringProperty("docpipeFileName", fileName);
        return message;
    }

    private void send(Message request) {
        Queue requests = jms.createQueue("docpipe.requests");
        jms.createProducer().send(requests, request);
    }

    /** Sends with a temporary reply queue and returns the reply. */
    private Message exchange(Message request) throws JMSException {
        TemporaryQueue replies = jms.createTemporaryQueue();
        request.setJMSReplyTo(replies);
        send(request);
        Message reply = jms.createConsumer(replies).receive(REPLY_TIMEOUT_MILLIS);
        assertThat(reply).as("reply within %d ms", REPLY_TIMEOUT_MILLIS).isNotNull();
        return reply;
    }

    private Message receiveResult(String correlationId) {
        Queue results = jms.createQueue("docpipe.results");
        Message reply = jms.createConsumer(results, "JMSCorrelationID = '" + correlationId + "'")
                .receive(REPLY_TIMEOUT_MILLIS);
        assertThat(reply).as("result for %s within %d ms", correlationId, REPLY_TIMEOUT_MILLIS).isNotNull();
        return reply;
    }

    private static JsonNode assertFailed(Message reply, String slug, int status) throws JMSException, IOException {
        assertThat(reply.getStringProperty("docpipeStatus")).isEqualTo("failed");
        assertThat(reply.getStringProperty("docpipeErrorType")).isEqualTo(slug);
        assertThat(reply.getStringProperty("docpipeContentType")).isEqualTo("application/problem+json");
        assertThat(reply).isInstanceOf(TextMessage.class);
        JsonNode problem = JSON.readTree(((TextMessage) reply).getText());
        assertThat(problem.path("type").asText()).isEqualTo("urn:docpipe:problem:" + slug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("requestId").asText()).isEqualTo(reply.getStringProperty("docpipeRequestId"));
        return problem;
    }

    private static String text(Message reply) throws JMSException {
        return new String(reply.getBody(byte[].class), StandardCharsets.UTF_8);
    }

    private static List<String> propertyNames(Message message) throws JMSException {
        @SuppressWarnings("unchecked")
        List<String> names = Collections.list(message.getPropertyNames());
        return names;
    }
}

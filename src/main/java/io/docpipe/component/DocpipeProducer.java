package io.docpipe.component;

import io.docpipe.operation.InputDocument;
import io.docpipe.operation.Operation;
import io.docpipe.operation.OutputDocument;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.SynchronizationAdapter;
import org.apache.camel.util.FileUtil;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the endpoint's operation on the message body and replaces the body with the result file.
 * The result lives in a work directory that is deleted when the exchange completes, so routes
 * deliver it (to a file, queue or HTTP response) before the exchange ends.
 */
class DocpipeProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(DocpipeProducer.class);

    private final DocpipeEndpoint endpoint;

    DocpipeProducer(DocpipeEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        Operation operation = endpoint.getOperation();
        String requestId = message.getHeader(DocpipeHeaders.REQUEST_ID, String.class);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
            message.setHeader(DocpipeHeaders.REQUEST_ID, requestId);
        }
        DocpipeConfiguration options = endpoint.configurationFor(messageOptions(message));

        Path workDirectory = createWorkDirectory(exchange, requestId);
        InputDocument input = InputDocuments.fromMessage(message, workDirectory);
        message.setHeader(DocpipeHeaders.INPUT_MEDIA_TYPE, input.mediaType());

        long started = System.nanoTime();
        OutputDocument output = operation.execute(input, options, workDirectory);
        LOG.debug("Request {}: {} turned {} ({}) into {} ({}) in {} ms", requestId, operation.name(),
                input.fileName(), input.mediaType(), output.fileName(), output.mediaType(),
                (System.nanoTime() - started) / 1_000_000);

        message.setBody(output.path().toFile());
        message.setHeader(DocpipeHeaders.RESULT_FILE_NAME, output.fileName());
        message.setHeader(DocpipeHeaders.RESULT_MEDIA_TYPE, output.mediaType());
        message.setHeader(Exchange.CONTENT_TYPE, output.mediaType());
    }

    private static Map<String, Object> messageOptions(Message message) throws Exception {
        Object options = message.getHeader(DocpipeHeaders.OPTIONS);
        if (options instanceof String query) {
            return URISupport.parseQuery(query);
        }
        if (options instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return typed;
        }
        return null;
    }

    private Path createWorkDirectory(Exchange exchange, String requestId) throws Exception {
        Path parent = endpoint.getComponent().getWorkDirectory();
        Files.createDirectories(parent);
        Path directory = Files.createTempDirectory(parent, "request-");
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange completed) {
                File dir = directory.toFile();
                FileUtil.removeDir(dir);
                if (dir.exists()) {
                    LOG.warn("Request {}: could not delete work directory {}", requestId, directory);
                }
            }
        });
        return directory;
    }
}

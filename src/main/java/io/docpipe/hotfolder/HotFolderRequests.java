package io.docpipe.hotfolder;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.route.RequestInput;
import io.docpipe.route.RequestTracking;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a file picked up from a hot folder into a docpipe request. Options for this one file may lie
 * beside it in {@code <file name>.options.json}, a JSON object such as
 * {@code {"language":"vie","output":"json"}}; they override the route's options, and the sidecar
 * moves to {@code archive/} or {@code failed/} together with the file. The route template excludes
 * sidecars from being picked up themselves.
 */
@Component("hotFolderRequest")
public class HotFolderRequests implements Processor {

    /** File name suffix of an options sidecar. */
    public static final String SIDECAR_SUFFIX = ".options.json";

    private static final Logger LOG = LoggerFactory.getLogger(HotFolderRequests.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void process(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        RequestTracking.begin(exchange, RequestInput.HOT_FOLDER, RequestTracking.newRequestId());
        exchange.setProperty(HotFolderLayout.OUTCOME_PROPERTY, HotFolderLayout.ARCHIVE);
        GenericFile<?> picked = message.getBody(GenericFile.class);
        if (picked == null || !(picked.getFile() instanceof File file)) {
            throw new IllegalStateException("The hot-folder request processor needs a file from the file"
                    + " component as the body, not " + message.getBody());
        }
        Path inbox = file.toPath().toAbsolutePath().getParent();
        exchange.setProperty(HotFolderLayout.INBOX_PROPERTY, inbox);
        message.setHeader(DocpipeHeaders.FILE_NAME, file.getName());

        Path sidecar = inbox.resolve(file.getName() + SIDECAR_SUFFIX);
        if (Files.isRegularFile(sidecar)) {
            moveOnCompletion(exchange, sidecar, inbox);
            message.setHeader(DocpipeHeaders.OPTIONS, readOptions(sidecar));
        }
    }

    /** Reads the sidecar's JSON object; each member is an option and must have a scalar value. */
    static Map<String, Object> readOptions(Path sidecar) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(sidecar.toFile());
        } catch (JacksonException e) {
            throw new InvalidOptionException("Invalid JSON in options file '" + sidecar.getFileName() + "': "
                    + e.getOriginalMessage() + "; expected an object such as {\"language\":\"vie\"}", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidOptionException("Options file '" + sidecar.getFileName() + "' must contain a JSON"
                    + " object such as {\"language\":\"vie\"}");
        }

        Map<String, Object> options = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isValueNode() || field.getValue().isNull()) {
                throw new InvalidOptionException("Option '" + field.getKey() + "' in options file '"
                        + sidecar.getFileName() + "' must be a string, number or boolean, not "
                        + field.getValue());
            }
            options.put(field.getKey(), field.getValue().asText());
        }
        return options;
    }

    /** Moves the sidecar where the file goes: archive/ normally, failed/ after a failure. */
    private static void moveOnCompletion(Exchange exchange, Path sidecar, Path inbox) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange completed) {
                String outcome = completed.isFailed() ? HotFolderLayout.FAILED
                        : completed.getProperty(HotFolderLayout.OUTCOME_PROPERTY, String.class);
                Path target = HotFolderLayout.outcomeFolder(inbox, outcome).resolve(sidecar.getFileName());
                try {
                    Files.createDirectories(target.getParent());
                    Files.move(sidecar, target, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    // The file itself is done, so only a warning: a sidecar left behind would apply to
                    // the next file of the same name.
                    LOG.warn("Request {}: could not move options file {} to {}; remove it from the inbox",
                            completed.getMessage().getHeader(DocpipeHeaders.REQUEST_ID), sidecar, target, e);
                }
            }
        });
    }
}

package io.docpipe.hotfolder;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.Problem;
import io.docpipe.route.FailureResponder;
import io.docpipe.route.RequestInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Reports a failed hot-folder file: writes {@code <file name>.error.json} into {@code failed/<folder>/}
 * and marks the exchange so that the file itself moves there too. The record contains
 * {@code operation}, {@code file}, {@code reason}, {@code type} (the problem slug), {@code status}
 * (the HTTP status the same failure gets), {@code time} and {@code requestId}.
 */
@Component
public class FailureRecords implements FailureResponder {

    /** File name suffix of a failure record. */
    public static final String RECORD_SUFFIX = ".error.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public RequestInput input() {
        return RequestInput.HOT_FOLDER;
    }

    @Override
    public void respond(Exchange exchange, Problem problem) throws Exception {
        Path inbox = exchange.getProperty(HotFolderLayout.INBOX_PROPERTY, Path.class);
        String fileName = exchange.getMessage().getHeader(DocpipeHeaders.FILE_NAME, String.class);
        Path folder = HotFolderLayout.outcomeFolder(inbox, HotFolderLayout.FAILED);

        Map<String, Object> record = new LinkedHashMap<>();
        record.put("operation", problem.operation());
        record.put("file", fileName);
        record.put("reason", problem.detail());
        record.put("type", problem.type().slug());
        record.put("status", problem.status());
        record.put("time", Instant.now().toString());
        record.put("requestId", problem.requestId());

        Files.createDirectories(folder);
        JSON.writeValue(folder.resolve(fileName + RECORD_SUFFIX).toFile(), record);
        exchange.setProperty(HotFolderLayout.OUTCOME_PROPERTY, HotFolderLayout.FAILED);
    }
}

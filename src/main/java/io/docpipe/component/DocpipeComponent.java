package io.docpipe.component;

import io.docpipe.operation.Operation;
import io.docpipe.operation.OperationRegistry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code docpipe} Camel component: one endpoint per operation, {@code docpipe:<operation>?<options>}.
 * Options are bound and validated when the endpoint is created, so a route with a wrong option fails
 * to start and the message names the option.
 */
@Component("docpipe")
public class DocpipeComponent extends DefaultComponent {

    private final OperationRegistry operations;

    @Metadata(description = "Directory under which each exchange gets a private work directory for its"
            + " input copy and results; the work directory is deleted when the exchange completes.")
    private Path workDirectory = Path.of(System.getProperty("java.io.tmpdir"), "docpipe");

    public DocpipeComponent(OperationRegistry operations) {
        this.operations = operations;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        Operation operation = operations.get(remaining);
        DocpipeConfiguration configuration = OptionBinder.bind(
                getCamelContext(), operation, new DocpipeConfiguration(), new LinkedHashMap<>(parameters));
        parameters.clear();
        return new DocpipeEndpoint(uri, this, operation, configuration);
    }

    public OperationRegistry getOperations() {
        return operations;
    }

    public Path getWorkDirectory() {
        return workDirectory;
    }

    public void setWorkDirectory(Path workDirectory) {
        this.workDirectory = workDirectory;
    }
}

package io.docpipe.component;

import io.docpipe.operation.Operation;
import java.util.Map;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/** A docpipe operation with its endpoint-level options. Producer only. */
@UriEndpoint(firstVersion = "0.1.0", scheme = "docpipe", title = "docpipe", syntax = "docpipe:operation",
        producerOnly = true, remote = false, category = {Category.DOCUMENT, Category.FILE},
        headersClass = DocpipeHeaders.class)
public class DocpipeEndpoint extends DefaultEndpoint {

    @UriPath(description = "The operation to run, such as pdf-to-text or ocr.")
    @Metadata(required = true)
    private final String operationName;

    @UriParam
    private final DocpipeConfiguration configuration;

    private final Operation operation;

    DocpipeEndpoint(String uri, DocpipeComponent component, Operation operation, DocpipeConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.operationName = operation.name();
        this.configuration = configuration;
    }

    @Override
    public Producer createProducer() {
        return new DocpipeProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("The docpipe component only sends: use docpipe:"
                + operationName + " in a 'to' step, not in 'from'");
    }

    @Override
    public DocpipeComponent getComponent() {
        return (DocpipeComponent) super.getComponent();
    }

    public Operation getOperation() {
        return operation;
    }

    public DocpipeConfiguration getConfiguration() {
        return configuration;
    }

    /** Returns the endpoint's options with a message's own options applied over them. */
    DocpipeConfiguration configurationFor(Map<String, ?> messageOptions) {
        if (messageOptions == null || messageOptions.isEmpty()) {
            return configuration;
        }
        return OptionBinder.bind(getCamelContext(), operation, configuration, messageOptions);
    }
}

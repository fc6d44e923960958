package io.docpipe.route;

import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.UnknownOperationException;
import io.docpipe.operation.OperationRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Checks the {@link DocpipeHeaders#OPERATION} header against the registered operations before a
 * route builds the {@code docpipe:<operation>} URI from it. An unknown name is then reported as such,
 * and a name carrying URI syntax (such as {@code ocr?language=x}) never reaches the endpoint URI.
 */
@Component
public class OperationCheck implements Processor {

    private final OperationRegistry operations;

    public OperationCheck(OperationRegistry operations) {
        this.operations = operations;
    }

    @Override
    public void process(Exchange exchange) {
        String name = exchange.getMessage().getHeader(DocpipeHeaders.OPERATION, String.class);
        if (name == null || name.isBlank()) {
            throw new UnknownOperationException("No operation given; known operations: "
                    + String.join(", ", operations.names()));
        }
        operations.get(name);
    }
}

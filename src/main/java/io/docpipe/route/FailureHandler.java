package io.docpipe.route;

import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.Problem;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Handles every failed request the same way, whichever input it came from: classifies the exception
 * as a {@link Problem}, logs it once (warn for client errors, error with the stack trace for server
 * errors) and hands it to the input's {@link FailureResponder}.
 */
@Component
public class FailureHandler implements Processor {

    private final Map<RequestInput, FailureResponder> responders = new EnumMap<>(RequestInput.class);

    public FailureHandler(List<FailureResponder> responders) {
        for (FailureResponder responder : responders) {
            FailureResponder previous = this.responders.put(responder.input(), responder);
            if (previous != null) {
                throw new IllegalStateException("Two failure responders for input " + responder.input() + ": "
                        + previous.getClass().getName() + " and " + responder.getClass().getName());
            }
        }
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Message message = exchange.getMessage();
        String requestId = message.getHeader(DocpipeHeaders.REQUEST_ID, String.class);
        if (requestId == null) {
            // The failure came before the input's first step could assign one.
            requestId = RequestTracking.newRequestId();
            message.setHeader(DocpipeHeaders.REQUEST_ID, requestId);
        }
        String operation = message.getHeader(DocpipeHeaders.OPERATION, String.class);
        RequestInput input = RequestInput.of(exchange);
        // Recorded for the rest of the error handling, which routes a JMS failure to its reply.
        exchange.setProperty(RequestInput.PROPERTY, input);
        Problem problem = Problem.of(failure, operation, requestId);

        FailureLog.log(problem, input, failure);

        FailureResponder responder = responders.get(input);
        if (responder == null) {
            throw new IllegalStateException("Route " + exchange.getFromRouteId() + " uses the docpipe error"
                    + " handling, but its input is unknown; call RequestTracking.begin in its first step", failure);
        }
        responder.respond(exchange, problem);
    }
}

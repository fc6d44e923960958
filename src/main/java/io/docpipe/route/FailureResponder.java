package io.docpipe.route;

import io.docpipe.error.Problem;
import org.apache.camel.Exchange;

/**
 * Reports a failed request back through the input it came from: an HTTP problem response, a JMS
 * reply or a failure record beside a hot-folder file. One Spring bean per {@link RequestInput}.
 */
public interface FailureResponder {

    RequestInput input();

    /**
     * Turns the exchange into the failure report for {@code problem}. Called after the failure has
     * been classified and logged, so implementations do not log it again.
     */
    void respond(Exchange exchange, Problem problem) throws Exception;
}

package io.docpipe.route;

import io.docpipe.component.DocpipeHeaders;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Ordered;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.MDC;

/**
 * Starts a request: records its input and id on the exchange and puts the id in the logging MDC for
 * as long as the exchange runs. Camel's MDC logging adds the route id and exchange id alongside.
 */
public final class RequestTracking {

    /** MDC key of the request id. */
    public static final String MDC_REQUEST_ID = "docpipe.requestId";

    private RequestTracking() {
    }

    public static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    /**
     * Marks the exchange as a request from {@code input} with the given id. The MDC entry is removed
     * when the exchange completes, after every other completion step, so that their log lines still
     * carry the id.
     */
    public static void begin(Exchange exchange, RequestInput input, String requestId) {
        exchange.setProperty(RequestInput.PROPERTY, input);
        exchange.getMessage().setHeader(DocpipeHeaders.REQUEST_ID, requestId);
        MDC.put(MDC_REQUEST_ID, requestId);
        exchange.getExchangeExtension().addOnCompletion(new ClearRequestId());
    }

    private static final class ClearRequestId extends SynchronizationAdapter {

        @Override
        public void onDone(Exchange exchange) {
            MDC.remove(MDC_REQUEST_ID);
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST;
        }
    }
}

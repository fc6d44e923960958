package io.docpipe.jms;

import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.Problem;
import io.docpipe.route.FailureResponder;
import io.docpipe.route.RequestInput;
import jakarta.jms.Destination;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.jms.JmsConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the reply to a JMS request: a BytesMessage with the result file, or a TextMessage with the
 * problem JSON. Every header is replaced by the reply's own {@link JmsProperties}, so no request
 * header leaks into the reply as a JMS property.
 */
@Component
public class JmsReplies implements FailureResponder {

    private static final Logger LOG = LoggerFactory.getLogger(JmsReplies.class);

    @Override
    public RequestInput input() {
        return RequestInput.JMS;
    }

    /** Turns the exchange after a successful operation into the reply carrying the result file. */
    public void succeeded(Exchange exchange) {
        Message message = exchange.getMessage();
        String fileName = message.getHeader(DocpipeHeaders.RESULT_FILE_NAME, String.class);
        String mediaType = message.getHeader(DocpipeHeaders.RESULT_MEDIA_TYPE, String.class);
        String requestId = message.getHeader(DocpipeHeaders.REQUEST_ID, String.class);

        startReply(exchange, requestId);
        message.setHeader(JmsProperties.STATUS, JmsProperties.STATUS_SUCCEEDED);
        message.setHeader(JmsProperties.FILE_NAME, fileName);
        message.setHeader(JmsProperties.CONTENT_TYPE, mediaType);
    }

    @Override
    public void respond(Exchange exchange, Problem problem) {
        Message message = exchange.getMessage();

        startReply(exchange, problem.requestId());
        message.setHeader(JmsProperties.STATUS, JmsProperties.STATUS_FAILED);
        message.setHeader(JmsProperties.ERROR, problem.detail());
        message.setHeader(JmsProperties.ERROR_TYPE, problem.type().slug());
        message.setHeader(JmsProperties.CONTENT_TYPE, Problem.MEDIA_TYPE);
        message.setBody(new String(problem.toJson(null), StandardCharsets.UTF_8));
    }

    /** Logs a reply that could not be sent; the caller then rolls the request back. */
    public void replyFailed(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Destination replyTo = exchange.getProperty(JmsRequests.REPLY_TO_PROPERTY, Destination.class);
        LOG.error("Reply to request {} could not be sent to {}; the request is rolled back for the broker to"
                + " redeliver", exchange.getMessage().getHeader(JmsProperties.REQUEST_ID),
                replyTo != null ? replyTo : "the results queue", failure);
    }

    private static void startReply(Exchange exchange, String requestId) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(JmsConstants.JMS_HEADER_CORRELATION_ID,
                exchange.getProperty(JmsRequests.CORRELATION_ID_PROPERTY, String.class));
        Destination replyTo = exchange.getProperty(JmsRequests.REPLY_TO_PROPERTY, Destination.class);
        if (replyTo != null) {
            // Camel's JMS producer sends to this destination instead of the endpoint's queue.
            message.setHeader(JmsConstants.JMS_DESTINATION, replyTo);
        }
        message.setHeader(JmsProperties.REQUEST_ID, requestId);
    }
}

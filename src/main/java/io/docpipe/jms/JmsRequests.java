package io.docpipe.jms;

import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.route.QueryOptions;
import io.docpipe.route.RequestInput;
import io.docpipe.route.RequestTracking;
import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.MapMessage;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.jms.JmsConstants;
import org.apache.camel.component.jms.JmsMessage;
import org.springframework.stereotype.Component;

/**
 * Turns a message from the request queue into a docpipe request: the body is the file's bytes and
 * the {@link JmsProperties} carry operation, options and file name. Where the reply goes, and the
 * correlation id it carries, are kept in exchange properties before the JMS headers are dropped.
 */
@Component
public class JmsRequests implements Processor {

    /** Exchange property: the request's JMSReplyTo destination, or null for the results queue. */
    static final String REPLY_TO_PROPERTY = "DocpipeJmsReplyTo";

    /** Exchange property: the JMSCorrelationID of the reply. */
    static final String CORRELATION_ID_PROPERTY = "DocpipeJmsCorrelationId";

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String requestId = requestId(message.getHeader(JmsConstants.JMS_HEADER_MESSAGE_ID, String.class));
        RequestTracking.begin(exchange, RequestInput.JMS, requestId);

        // Reply routing: JMSReplyTo when set, and the request's correlation id, or its message id
        // when it has none, so that a caller can match the reply either way.
        exchange.setProperty(REPLY_TO_PROPERTY, message.getHeader(JmsConstants.JMS_HEADER_REPLY_TO, Destination.class));
        String correlationId = message.getHeader(JmsConstants.JMS_HEADER_CORRELATION_ID, String.class);
        if (correlationId == null || correlationId.isEmpty()) {
            correlationId = message.getHeader(JmsConstants.JMS_HEADER_MESSAGE_ID, String.class);
        }
        exchange.setProperty(CORRELATION_ID_PROPERTY, correlationId);

        String operation = message.getHeader(JmsProperties.OPERATION, String.class);
        String options = message.getHeader(JmsProperties.OPTIONS, String.class);
        String fileName = message.getHeader(JmsProperties.FILE_NAME, String.class);
        message.removeHeaders("*");
        message.setHeader(DocpipeHeaders.REQUEST_ID, requestId);
        message.setHeader(DocpipeHeaders.OPERATION, operation);
        message.setHeader(DocpipeHeaders.FILE_NAME, fileName);
        message.setHeader(DocpipeHeaders.OPTIONS, QueryOptions.parse(options));

        requireBytesMessage(exchange);
    }

    /**
     * Uses the JMS message id, without its {@code ID:} prefix, as the request id: it stays the same
     * when the broker redelivers the message, so the log lines of every attempt share it.
     */
    private static String requestId(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            return RequestTracking.newRequestId();
        }
        return messageId.startsWith("ID:") ? messageId.substring(3) : messageId;
    }

    /**
     * Rejects every message type but BytesMessage: a TextMessage cannot carry a PDF or an image
     * without damaging it, and no operation takes text as input.
     */
    private static void requireBytesMessage(Exchange exchange) {
        if (exchange.getIn() instanceof JmsMessage jms && !(jms.getJmsMessage() instanceof BytesMessage)) {
            throw new UnsupportedInputException("The JMS request is a " + typeName(jms.getJmsMessage())
                    + "; send the file's bytes as a BytesMessage");
        }
    }

    private static String typeName(jakarta.jms.Message message) {
        if (message instanceof TextMessage) {
            return "TextMessage";
        }
        if (message instanceof MapMessage) {
            return "MapMessage";
        }
        if (message instanceof ObjectMessage) {
            return "ObjectMessage";
        }
        if (message instanceof StreamMessage) {
            return "StreamMessage";
        }
        return "Message without body";
    }
}

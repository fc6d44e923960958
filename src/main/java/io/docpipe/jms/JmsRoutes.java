package io.docpipe.jms;

import io.docpipe.component.DocpipeHeaders;
import io.docpipe.route.ErrorHandlingRoutes;
import io.docpipe.route.OperationCheck;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The JMS input. Requests are consumed in a local JMS transaction ({@code camel.component.jms.transacted})
 * and the reply is sent in the same transaction from the same thread, so a request is only removed
 * from its queue together with its reply.
 */
@Component
public class JmsRoutes extends RouteBuilder {

    private final JmsRequests requests;
    private final JmsReplies replies;
    private final OperationCheck operationCheck;

    public JmsRoutes(JmsRequests requests, JmsReplies replies, OperationCheck operationCheck) {
        this.requests = requests;
        this.replies = replies;
        this.operationCheck = operationCheck;
    }

    @Override
    public void configure() {
        // disableReplyTo: docpipe answers JMSReplyTo itself, so that success and failure replies
        // take the same path and requests without JMSReplyTo are answered on the results queue.
        // CACHE_CONSUMER: with the transaction manager that transacted=true creates, Spring would
        // otherwise open a new session and consumer for every receive.
        from("jms:queue:{{docpipe.jms.request-queue}}?disableReplyTo=true&cacheLevelName=CACHE_CONSUMER"
                + "&concurrentConsumers={{docpipe.jms.concurrent-consumers}}")
                .routeId("jms-requests")
                .routeConfigurationId(ErrorHandlingRoutes.ID)
                .process(requests)
                .process(operationCheck)
                .toD("docpipe:${header." + DocpipeHeaders.OPERATION + "}")
                .process(replies::succeeded)
                .to(ErrorHandlingRoutes.JMS_REPLY_ENDPOINT);

        // No error handler of its own: a failed send goes back to the calling route, whose error
        // handling rolls the request back.
        from(ErrorHandlingRoutes.JMS_REPLY_ENDPOINT)
                .routeId("jms-reply")
                .errorHandler(noErrorHandler())
                .to("jms:queue:{{docpipe.jms.result-queue}}?exchangePattern=InOnly");
    }
}

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
        // disableReplyTo: docpipe sends replies itself, so that success and failure replies take the
        // same path and requests without JMSReplyTo get their reply on the results queue.
        // exposeListenerSession: the reply is sent on the session that received the request, inside
        // its local transaction, so the request is consumed only if its reply is sent.
        from("jms:queue:{{docpipe.jms.request-queue}}?disableReplyTo=true&exposeListenerSession=true"
                + "&concurrentConsumers={{docpipe.jms.concurrent-consumers}}")
                .routeId("jms-requests")
                .routeConfigurationId(ErrorHandlingRoutes.ID)
                .process(requests)
                .process(operationCheck)
                .toD("docpipe:${header." + DocpipeHeaders.OPERATION + "}")
                .process(replies::succeeded)
                .to(ErrorHandlingRoutes.JMS_REPLY_ENDPOINT);

        // A reply that the broker does not take cannot be reported, because there is nowhere to send
        // the report, so the request is tried again: its transaction is rolled back and the broker
        // redelivers it. After the maximum delivery attempts the broker moves it to the dead letter queue.
        from(ErrorHandlingRoutes.JMS_REPLY_ENDPOINT)
                .routeId("jms-reply")
                .errorHandler(noErrorHandler())
                .doTry()
                    .to("jms:queue:{{docpipe.jms.result-queue}}?exchangePattern=InOnly")
                .doCatch(Exception.class)
                    .process(replies::replyFailed)
                    .markRollbackOnly()
                .end();
    }
}

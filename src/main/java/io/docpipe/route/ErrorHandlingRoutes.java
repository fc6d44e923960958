package io.docpipe.route;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The one error model of docpipe as a Camel route configuration. Every input route refers to it by
 * {@link #ID}, Java and YAML routes alike ({@code routeConfigurationId: docpipe-errors}).
 */
@Component
public class ErrorHandlingRoutes extends RouteConfigurationBuilder {

    public static final String ID = "docpipe-errors";

    /** Endpoint that sends a JMS request's reply; failed replies go through it too. */
    public static final String JMS_REPLY_ENDPOINT = "direct:jms-reply";

    private final FailureHandler failureHandler;

    public ErrorHandlingRoutes(FailureHandler failureHandler) {
        this.failureHandler = failureHandler;
    }

    @Override
    public void configuration() {
        // A failed request gets a failure report, not a retry: the caller gets the problem through
        // its input and the exchange completes, so a hot-folder file moves on and a JMS request is
        // consumed.
        routeConfiguration(ID)
                .onException(Exception.class)
                    .handled(true)
                    .process(failureHandler)
                    .filter(exchangeProperty(RequestInput.PROPERTY).isEqualTo(RequestInput.JMS))
                        .to(JMS_REPLY_ENDPOINT)
                    .end();
    }
}

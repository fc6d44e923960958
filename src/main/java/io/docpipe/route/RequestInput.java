package io.docpipe.route;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/**
 * The input a request arrived through. Each input's first step stores it in the exchange property
 * {@link #PROPERTY}, and the shared failure handling uses it to pick how the failure is reported.
 */
public enum RequestInput {

    HTTP("platform-http"),
    JMS("jms"),
    HOT_FOLDER("file");

    /** Exchange property holding the {@link RequestInput} of the exchange. */
    public static final String PROPERTY = "DocpipeInput";

    private final String scheme;

    RequestInput(String scheme) {
        this.scheme = scheme;
    }

    /**
     * Returns the input of an exchange, as its route recorded it. A failure can come before the
     * route's first step, such as an upload cut off while Camel reads it. The URI scheme of the
     * route's consumer then gives the input. Returns null when neither does.
     */
    public static RequestInput of(Exchange exchange) {
        RequestInput recorded = exchange.getProperty(PROPERTY, RequestInput.class);
        if (recorded != null) {
            return recorded;
        }
        Endpoint from = exchange.getFromEndpoint();
        if (from == null) {
            return null;
        }
        String uri = from.getEndpointUri();
        for (RequestInput input : values()) {
            if (uri.startsWith(input.scheme + ":")) {
                return input;
            }
        }
        return null;
    }
}

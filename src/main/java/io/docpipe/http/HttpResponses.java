package io.docpipe.http;

import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.Problem;
import io.docpipe.route.FailureResponder;
import io.docpipe.route.RequestInput;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.springframework.stereotype.Component;

/**
 * Writes the HTTP response of a convert request: the result file as a download, or RFC 9457 problem
 * details. Both replace every message header, so nothing from the request or the pipeline leaks
 * into the response headers.
 */
@Component
public class HttpResponses implements FailureResponder {

    @Override
    public RequestInput input() {
        return RequestInput.HTTP;
    }

    /** Turns the exchange after a successful operation into a 200 response carrying the result file. */
    public void succeeded(Exchange exchange) {
        Message message = exchange.getMessage();
        String fileName = message.getHeader(DocpipeHeaders.RESULT_FILE_NAME, String.class);
        String mediaType = message.getHeader(DocpipeHeaders.RESULT_MEDIA_TYPE, String.class);
        String requestId = message.getHeader(DocpipeHeaders.REQUEST_ID, String.class);

        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        message.setHeader(Exchange.CONTENT_TYPE, mediaType);
        message.setHeader("Content-Disposition", ContentDispositions.attachment(fileName));
        message.setHeader(HttpRequests.REQUEST_ID_HEADER, requestId);
    }

    @Override
    public void respond(Exchange exchange, Problem problem) {
        Message message = exchange.getMessage();
        String instance = exchange.getProperty(HttpRequests.INSTANCE_PROPERTY, String.class);
        if (instance == null && exchange.getIn() instanceof PlatformHttpMessage http) {
            // The request failed before HttpRequests ran.
            instance = http.getRequest().getRequestURI();
        }

        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
        message.setHeader(Exchange.CONTENT_TYPE, Problem.MEDIA_TYPE);
        message.setHeader(HttpRequests.REQUEST_ID_HEADER, problem.requestId());
        message.setBody(problem.toJson(instance));
    }
}

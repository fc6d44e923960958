package io.docpipe.http;

import io.docpipe.component.DocpipeHeaders;
import io.docpipe.route.ErrorHandlingRoutes;
import io.docpipe.route.OperationCheck;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The HTTP input: {@code POST /api/v1/convert/{operation}} on Spring MVC through Camel platform-http. */
@Component
public class HttpRoutes extends RouteBuilder {

    public static final String CONVERT_PATH = "/api/v1/convert";

    private final HttpRequests requests;
    private final HttpResponses responses;
    private final OperationCheck operationCheck;

    public HttpRoutes(HttpRequests requests, HttpResponses responses, OperationCheck operationCheck) {
        this.requests = requests;
        this.responses = responses;
        this.operationCheck = operationCheck;
    }

    @Override
    public void configure() {
        // useStreaming: the body is read as a byte stream; without it the binding reads it as text,
        // which breaks binary files. populateBodyWithForm=false: a form-encoded body is left for
        // HttpRequests to reject instead of being parsed into a map.
        from("platform-http:" + CONVERT_PATH + "/{operation}?httpMethodRestrict=POST&useStreaming=true"
                + "&populateBodyWithForm=false")
                .routeId("http-convert")
                .routeConfigurationId(ErrorHandlingRoutes.ID)
                .process(requests)
                .process(operationCheck)
                .toD("docpipe:${header." + DocpipeHeaders.OPERATION + "}")
                .process(responses::succeeded);
    }
}

package io.docpipe.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.Problem;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

/**
 * The HTTP rendering of an internal error, which the end-to-end tests cannot provoke through a real
 * request.
 */
class HttpResponsesTest {

    @Test
    void internalErrorIs500() throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(camel);
            exchange.setProperty(HttpRequests.INSTANCE_PROPERTY, "/api/v1/convert/ocr");
            exchange.getMessage().setHeader(DocpipeHeaders.OPERATION, "ocr");
            exchange.getMessage().setHeader("X-Leak", "request header");
            Problem problem = Problem.of(new IllegalStateException("Tesseract handle crashed"), "ocr", "r-500");

            new HttpResponses().respond(exchange, problem);

            assertThat(exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(500);
            assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/problem+json");
            assertThat(exchange.getMessage().getHeader("X-Request-Id")).isEqualTo("r-500");
            assertThat(exchange.getMessage().getHeaders()).doesNotContainKeys("X-Leak", DocpipeHeaders.OPERATION);
            JsonNode body = new ObjectMapper().readTree(exchange.getMessage().getBody(byte[].class));
            assertThat(body.path("type").asText()).isEqualTo("urn:docpipe:problem:internal-error");
            assertThat(body.path("status").asInt()).isEqualTo(500);
            assertThat(body.path("detail").asText()).contains("r-500").doesNotContain("Tesseract handle crashed");
            assertThat(body.path("instance").asText()).isEqualTo("/api/v1/convert/ocr");
        }
    }
}

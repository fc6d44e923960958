package io.docpipe.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docpipe.component.DocpipeComponent;
import io.docpipe.operation.OperationRegistry;
import io.docpipe.pdf.PdfToTextOperation;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private CamelContext camel;

    @BeforeEach
    void startCamel() {
        camel = new DefaultCamelContext();
        camel.addComponent("docpipe", new DocpipeComponent(new OperationRegistry(List.of(new PdfToTextOperation()))));
        camel.start();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void unknownOperationUnwrapped() {
        Throwable failure = catchThrowable(() -> camel.getEndpoint("docpipe:frobnicate"));

        Problem problem = Problem.of(failure, "frobnicate", "r-1");

        assertThat(failure).isInstanceOf(ResolveEndpointFailedException.class);
        assertThat(problem.type()).isEqualTo(ProblemType.UNKNOWN_OPERATION);
        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).contains("'frobnicate'").contains("pdf-to-text");
    }

    @Test
    void invalidOptionUnwrapped() {
        Throwable failure = catchThrowable(() -> camel.getEndpoint("docpipe:pdf-to-text?colour=red"));

        Problem problem = Problem.of(failure, "pdf-to-text", "r-2");

        assertThat(failure).isInstanceOf(ResolveEndpointFailedException.class);
        assertThat(problem.type()).isEqualTo(ProblemType.INVALID_OPTION);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).contains("'colour'");
    }

    @Test
    void unexpectedFailureInternal() {
        Problem problem = Problem.of(new IllegalStateException("pool exhausted at 0x7f3a"), "ocr", "r-3");

        assertThat(problem.type()).isEqualTo(ProblemType.INTERNAL_ERROR);
        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.isClientError()).isFalse();
        assertThat(problem.detail()).contains("r-3").doesNotContain("pool exhausted");
    }

    @Test
    void problemDetailsJson() throws Exception {
        Problem problem = Problem.of(new CorruptInputException("The input 'a.pdf' is empty (0 bytes)"), "pdf-to-text",
                "r-4");

        JsonNode json = new ObjectMapper().readTree(problem.toJson("/api/v1/convert/pdf-to-text"));

        assertThat(json.path("type").asText()).isEqualTo("urn:docpipe:problem:corrupt-input");
        assertThat(json.path("title").asText()).isEqualTo("Broken input");
        assertThat(json.path("status").asInt()).isEqualTo(422);
        assertThat(json.path("detail").asText()).isEqualTo("The input 'a.pdf' is empty (0 bytes)");
        assertThat(json.path("instance").asText()).isEqualTo("/api/v1/convert/pdf-to-text");
        assertThat(json.path("operation").asText()).isEqualTo("pdf-to-text");
        assertThat(json.path("requestId").asText()).isEqualTo("r-4");
    }

    @Test
    void instanceLeftOutWhenNull() throws Exception {
        Problem problem = Problem.of(new UnsupportedInputException("text/plain"), "ocr", "r-5");

        JsonNode json = new ObjectMapper().readTree(problem.toJson(null));

        assertThat(json.has("instance")).isFalse();
        assertThat(json.path("status").asInt()).isEqualTo(415);
    }
}

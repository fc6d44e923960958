package io.docpipe.ocr;

import static io.docpipe.ocr.OcrText.normalizeSpace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docpipe.component.DocpipeComponent;
import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.image.ImageDecoder;
import io.docpipe.operation.OperationRegistry;
import io.docpipe.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ocr operation driven through a Camel route, as hot folders, HTTP and JMS inputs drive it. */
class OcrRouteTest {

    @TempDir
    Path folder;

    private TesseractPool pool;
    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void startCamel() throws Exception {
        pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 2);
        OcrOperation operation = new OcrOperation(pool, new OcrLanguages(OcrLanguages.DEBIAN_TESSDATA),
                new ImageDecoder());
        DocpipeComponent component = new DocpipeComponent(new OperationRegistry(List.of(operation)));
        component.setWorkDirectory(folder.resolve("work"));

        camel = new DefaultCamelContext();
        camel.addComponent("docpipe", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // The result file lives in a work directory that is deleted when the exchange ends,
                // so the route reads it into the body first.
                from("direct:ocr").routeId("ocr-vietnamese")
                        .to("docpipe:ocr?language=vi")
                        .convertBodyTo(String.class, "UTF-8");
            }
        });
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
        pool.close();
    }

    @Test
    void endpointLanguageApplies() throws Exception {
        byte[] png = Files.readAllBytes(TestImages.writeText(folder.resolve("thu.png"), "png", "Hà Nội mùa thu"));

        Exchange exchange = producer.request("direct:ocr",
                request -> {
                    request.getMessage().setBody(png);
                    request.getMessage().setHeader(DocpipeHeaders.FILE_NAME, "thu.png");
                });

        assertThat(exchange.getException()).isNull();
        assertThat(normalizeSpace(exchange.getMessage().getBody(String.class))).isEqualTo("Hà Nội mùa thu");
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.RESULT_FILE_NAME)).isEqualTo("thu.txt");
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/plain; charset=UTF-8");
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.INPUT_MEDIA_TYPE)).isEqualTo("image/png");
    }

    @Test
    void messageOptionsOverrideEndpoint() throws Exception {
        Path png = TestImages.writeText(folder.resolve("mixed.png"), "png", "Tiếng Việt", "English words");

        Exchange exchange = producer.request("direct:ocr",
                request -> {
                    request.getMessage().setBody(png.toFile());
                    request.getMessage().setHeader(DocpipeHeaders.FILE_NAME, "mixed.png");
                    request.getMessage().setHeader(DocpipeHeaders.OPTIONS, "language=vi+en&output=json");
                });

        assertThat(exchange.getException()).isNull();
        JsonNode json = new ObjectMapper().readTree(exchange.getMessage().getBody(String.class));
        assertThat(json.get("language").asText()).isEqualTo("vie+eng");
        assertThat(normalizeSpace(json.get("pages").get(0).get("text").asText())).isEqualTo("Tiếng Việt English words");
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.RESULT_FILE_NAME)).isEqualTo("mixed.json");
    }

    @Test
    void messageOptionMapRejectsUnknownLanguage() throws Exception {
        Path png = TestImages.writeText(folder.resolve("note.png"), "png", "Short note");

        Exchange exchange = producer.request("direct:ocr",
                request -> {
                    request.getMessage().setBody(png.toFile());
                    request.getMessage().setHeader(DocpipeHeaders.OPTIONS, Map.of("language", "fr"));
                });

        assertThat(exchange.getException())
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("Unknown OCR language 'fr' in 'fr'; installed: chi_sim, eng, vie (aliases: en, vi, zh)");
    }

    @Test
    void unknownEndpointLanguageFailsStart() {
        RouteBuilder badRoute = new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad").routeId("ocr-bad-language").to("docpipe:ocr?language=xx");
            }
        };

        assertThatThrownBy(() -> camel.addRoutes(badRoute))
                .hasRootCauseInstanceOf(InvalidOptionException.class)
                .rootCause()
                .hasMessage("Unknown OCR language 'xx' in 'xx'; installed: chi_sim, eng, vie (aliases: en, vi, zh)");
    }
}

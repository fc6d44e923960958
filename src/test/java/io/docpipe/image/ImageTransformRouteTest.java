package io.docpipe.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.component.DocpipeComponent;
import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.CorruptInputException;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.operation.OperationRegistry;
import io.docpipe.testing.TestImages;
import io.docpipe.testing.TestPdfs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** image-transform driven through a Camel route: endpoint options, per-message options and errors. */
class ImageTransformRouteTest {

    @TempDir
    Path folder;

    private Path workDirectory;
    private Path card;
    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void startCamel() throws Exception {
        workDirectory = folder.resolve("work");
        card = TestImages.write(TestImages.quadrants(200, 100), "png", folder.resolve("card.png"));

        DocpipeComponent component =
                new DocpipeComponent(new OperationRegistry(List.of(new ImageTransformOperation())));
        component.setWorkDirectory(workDirectory);
        camel = new DefaultCamelContext();
        camel.addComponent("docpipe", component);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // The result file is deleted when the exchange completes, so the route reads it first.
                from("direct:thumbnail").routeId("thumbnail")
                        .to("docpipe:image-transform?width=100")
                        .convertBodyTo(byte[].class);
            }
        });
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void endpointWidthApplied() throws IOException {
        Exchange exchange = send(card.toFile(), Map.of(DocpipeHeaders.FILE_NAME, "card.png"));

        assertThat(exchange.getException()).isNull();
        BufferedImage image = image(exchange);
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(50);
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.RESULT_FILE_NAME)).isEqualTo("card.png");
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.RESULT_MEDIA_TYPE)).isEqualTo("image/png");
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.INPUT_MEDIA_TYPE)).isEqualTo("image/png");
    }

    @Test
    void queryOptionsOverrideEndpoint() throws IOException {
        Exchange exchange = send(Files.readAllBytes(card), Map.of(
                DocpipeHeaders.FILE_NAME, "card.png",
                DocpipeHeaders.OPTIONS, "width=40&format=jpeg"));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.RESULT_FILE_NAME)).isEqualTo("card.jpg");
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("image/jpeg");
        BufferedImage image = image(exchange);
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(20);
    }

    @Test
    void mapOptionsCombineWithEndpoint() throws IOException {
        Exchange exchange = send(card.toFile(), Map.of(
                DocpipeHeaders.FILE_NAME, "card.png",
                DocpipeHeaders.OPTIONS, Map.of("rotate", "90", "grayscale", "true")));

        assertThat(exchange.getException()).isNull();
        BufferedImage image = image(exchange);
        // Rotated to 100x200 first; the endpoint's width=100 then leaves it as it is.
        assertThat(image.getWidth()).isEqualTo(100);
        assertThat(image.getHeight()).isEqualTo(200);
        assertThat(image.getRaster().getNumBands()).isEqualTo(1);
    }

    @Test
    void invalidMessageOptionFails() {
        Exchange exchange = send(card.toFile(), Map.of(DocpipeHeaders.OPTIONS, "flip=diagonal"));

        assertThat(exchange.getException())
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("'diagonal'")
                .hasMessageContaining("horizontal, vertical");
    }

    @Test
    void optionOfOtherOperationRejectedAtStart() {
        assertThatThrownBy(() -> camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:wrong").routeId("wrong").to("docpipe:image-transform?language=vie");
            }
        })).hasRootCauseInstanceOf(InvalidOptionException.class)
                .rootCause().hasMessageContaining("'language'");
    }

    @Test
    void pdfBodyUnsupported() {
        Path pdf = TestPdfs.withText(folder.resolve("letter.pdf"), "Kính gửi");

        Exchange exchange = send(pdf.toFile(), Map.of(DocpipeHeaders.FILE_NAME, "letter.pdf"));

        assertThat(exchange.getException())
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("application/pdf");
    }

    @Test
    void emptyBodyCorrupt() {
        Exchange exchange = send(new ByteArrayInputStream(new byte[0]), Map.of(DocpipeHeaders.FILE_NAME, "x.png"));

        assertThat(exchange.getException()).isInstanceOf(CorruptInputException.class);
    }

    @Test
    void workDirectoryRemovedAfterExchange() throws IOException {
        Exchange exchange = send(Files.readAllBytes(card), Map.of(DocpipeHeaders.FILE_NAME, "card.png"));

        assertThat(exchange.getException()).isNull();
        try (Stream<Path> left = Files.list(workDirectory)) {
            assertThat(left).isEmpty();
        }
    }

    private Exchange send(Object body, Map<String, Object> headers) {
        return producer.request("direct:thumbnail", exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    private static BufferedImage image(Exchange exchange) throws IOException {
        byte[] bytes = exchange.getMessage().getBody(byte[].class);
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}

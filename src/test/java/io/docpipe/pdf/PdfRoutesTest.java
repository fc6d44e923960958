package io.docpipe.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.component.DocpipeComponent;
import io.docpipe.component.DocpipeHeaders;
import io.docpipe.error.EncryptedInputException;
import io.docpipe.error.InvalidOptionException;
import io.docpipe.error.UnsupportedInputException;
import io.docpipe.operation.OperationRegistry;
import io.docpipe.testing.TestPdfs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/** The PDF operations driven through the docpipe component, as routes use them. */
class PdfRoutesTest {

    @TempDir
    Path dir;

    private CamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void startCamel() throws Exception {
        camel = newCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // The result file lives in a work directory that is deleted when the exchange completes,
                // so the routes read it into the body first.
                from("direct:text").to("docpipe:pdf-to-text").convertBodyTo(byte[].class);
                from("direct:image").to("docpipe:pdf-to-image?dpi=72&pages=1").convertBodyTo(byte[].class);
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
    void textFromFileBody() {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "First page", "Second page", "Third page");

        Exchange exchange = producer.request("direct:text", e -> {
            // As the file component sends it from a hot folder.
            e.getMessage().setBody(pdf.toFile());
            e.getMessage().setHeader(Exchange.FILE_NAME, "three.pdf");
        });

        assertThat(exchange.getException()).isNull();
        assertThat(bodyText(exchange)).isEqualTo("First page\n\fSecond page\n\fThird page\n");
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.RESULT_FILE_NAME)).isEqualTo("three.txt");
        assertThat(exchange.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/plain; charset=UTF-8");
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.INPUT_MEDIA_TYPE)).isEqualTo("application/pdf");
    }

    @Test
    void textFromBytesBody() throws IOException {
        byte[] pdf = Files.readAllBytes(TestPdfs.withText(dir.resolve("upload.pdf"), "Tiếng Việt"));

        Exchange exchange = producer.request("direct:text", e -> {
            e.getMessage().setBody(pdf);
            e.getMessage().setHeader(DocpipeHeaders.FILE_NAME, "upload.pdf");
        });

        assertThat(exchange.getException()).isNull();
        assertThat(bodyText(exchange)).isEqualTo("Tiếng Việt\n");
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.RESULT_FILE_NAME)).isEqualTo("upload.txt");
    }

    @Test
    void optionsHeaderAsQuery() {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "First page", "Second page", "Third page");

        Exchange exchange = producer.request("direct:text", e -> {
            e.getMessage().setBody(pdf.toFile());
            e.getMessage().setHeader(DocpipeHeaders.OPTIONS, "pages=2");
        });

        assertThat(exchange.getException()).isNull();
        assertThat(bodyText(exchange)).isEqualTo("Second page\n");
    }

    @Test
    void optionsHeaderAsMap() {
        Path pdf = TestPdfs.withText(dir.resolve("three.pdf"), "First page", "Second page", "Third page");

        Exchange exchange = producer.request("direct:text", e -> {
            e.getMessage().setBody(pdf.toFile());
            e.getMessage().setHeader(DocpipeHeaders.OPTIONS, Map.of("pages", "1,3"));
        });

        assertThat(exchange.getException()).isNull();
        assertThat(bodyText(exchange)).isEqualTo("First page\n\fThird page\n");
    }

    @Test
    void unknownHeaderOptionFails() {
        Path pdf = TestPdfs.withText(dir.resolve("one.pdf"), "Only page");

        Exchange exchange = producer.request("direct:text", e -> {
            e.getMessage().setBody(pdf.toFile());
            e.getMessage().setHeader(DocpipeHeaders.OPTIONS, "dpi=300");
        });

        assertThat(exchange.getException())
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageContaining("Unknown option 'dpi' for operation 'pdf-to-text'");
    }

    @Test
    void imageEndpointOptions() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("two.pdf"), "First page", "Second page");

        Exchange exchange = producer.request("direct:image", e -> {
            e.getMessage().setBody(pdf.toFile());
            e.getMessage().setHeader(DocpipeHeaders.FILE_NAME, "two.pdf");
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(DocpipeHeaders.RESULT_FILE_NAME)).isEqualTo("two.png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(exchange.getMessage().getBody(byte[].class)));
        assertThat(image.getWidth()).isEqualTo(595);
        assertThat(image.getHeight()).isEqualTo(842);
    }

    @Test
    void encryptedInputFails() {
        Path pdf = TestPdfs.encrypted(dir.resolve("locked.pdf"), "owner", "user", "Secret");

        Exchange exchange = producer.request("direct:text", e -> e.getMessage().setBody(pdf.toFile()));

        assertThat(exchange.getException()).isInstanceOf(EncryptedInputException.class);
    }

    @Test
    void textBytesNamedPdfRejected() {
        Exchange exchange = producer.request("direct:text", e -> {
            e.getMessage().setBody("not a PDF at all".getBytes(StandardCharsets.UTF_8));
            e.getMessage().setHeader(DocpipeHeaders.FILE_NAME, "x.pdf");
        });

        assertThat(exchange.getException())
                .isInstanceOf(UnsupportedInputException.class)
                .hasMessageContaining("text/plain");
    }

    @Test
    void workDirectoryEmptiedAfterExchange() throws IOException {
        Path pdf = TestPdfs.withText(dir.resolve("one.pdf"), "Only page");

        producer.request("direct:text", e -> e.getMessage().setBody(pdf.toFile()));

        try (var remaining = Files.list(dir.resolve("work"))) {
            assertThat(remaining).isEmpty();
        }
    }

    @Test
    void unknownUriOptionStopsRoute() {
        CamelContext context = newCamelContext();
        try {
            assertThatThrownBy(() -> {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:wrong").routeId("wrong-option").to("docpipe:pdf-to-text?format=png");
                    }
                });
                context.start();
            })
                    .rootCause()
                    .isInstanceOf(InvalidOptionException.class)
                    .hasMessage("Unknown option 'format' for operation 'pdf-to-text'; valid options: pages");
        } finally {
            context.stop();
        }
    }

    @Test
    void invalidUriValueStopsRoute() {
        CamelContext context = newCamelContext();
        try {
            assertThatThrownBy(() -> {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:wrong").routeId("wrong-dpi").to("docpipe:pdf-to-image?dpi=20");
                    }
                });
                context.start();
            })
                    .rootCause()
                    .isInstanceOf(InvalidOptionException.class)
                    .hasMessageContaining("Invalid value '20' for option 'dpi'");
        } finally {
            context.stop();
        }
    }

    private CamelContext newCamelContext() {
        DocpipeComponent docpipe = new DocpipeComponent(
                new OperationRegistry(List.of(new PdfToTextOperation(), new PdfToImageOperation())));
        docpipe.setWorkDirectory(dir.resolve("work"));
        CamelContext context = new DefaultCamelContext();
        context.addComponent("docpipe", docpipe);
        return context;
    }

    private static String bodyText(Exchange exchange) {
        return new String(exchange.getMessage().getBody(byte[].class), StandardCharsets.UTF_8);
    }
}

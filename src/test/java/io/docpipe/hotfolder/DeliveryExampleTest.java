package io.docpipe.hotfolder;

import static io.docpipe.testing.HotFolders.baseName;
import static io.docpipe.testing.HotFolders.drop;
import static io.docpipe.testing.HotFolders.outbox;
import static io.docpipe.testing.HotFolders.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.docpipe.testing.HotFolders;
import io.docpipe.testing.ServiceTest;
import io.docpipe.testing.TestImages;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The delivery example in {@code docs/examples/}, added to the running application for the length of
 * the test, as copying it into {@code routes/} would add it at start-up.
 */
class DeliveryExampleTest extends ServiceTest {

    private static final String ROUTE_ID = "deliver-ocr-to-jms";

    @Autowired
    CamelContext camel;

    @TempDir
    Path folder;

    @Test
    void ocrResultsSentToQueue() throws Exception {
        String name = unique("delivered") + ".png";
        TestImages.writeText(folder.resolve(name), "png", "Delivered by a YAML route");
        Resource example = ResourceHelper.resolveMandatoryResource(camel,
                "file:" + Path.of("docs/examples/deliver-ocr-to-jms.camel.yaml").toAbsolutePath());

        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl());
                JMSContext jms = factory.createContext()) {
            PluginHelper.getRoutesLoader(camel).loadRoutes(example);
            try {
                drop("ocr", name, folder.resolve(name));
                String resultName = baseName(name) + ".txt";
                Message delivered = jms.createConsumer(jms.createQueue("docpipe.ocr-results"),
                        "docpipeFileName = '" + resultName + "'").receive(HotFolders.TIMEOUT.toMillis());

                assertThat(delivered).as("result on the queue").isInstanceOf(BytesMessage.class);
                String text = new String(delivered.getBody(byte[].class), StandardCharsets.UTF_8);
                assertThat(Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " "))
                        .contains("Delivered by a YAML route");
                await().atMost(HotFolders.TIMEOUT).until(() -> !Files.exists(outbox("ocr").resolve(resultName)));
            } finally {
                camel.getRouteController().stopRoute(ROUTE_ID);
                camel.removeRoute(ROUTE_ID);
            }
        }
    }
}

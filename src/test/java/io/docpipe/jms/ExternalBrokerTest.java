package io.docpipe.jms;

import static org.assertj.core.api.Assertions.assertThat;

import io.docpipe.DocpipeApplication;
import io.docpipe.testing.TestPdfs;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * docpipe against an external broker: {@code spring.artemis.mode=native} and a broker URL, and no
 * other change. The external broker is a separate Artemis server that this test starts on a free
 * 127.0.0.1 port before the application. The mode is a fixed test property rather than a dynamic
 * one because {@code BrokerModeEnvironment} reads it before Spring adds dynamic properties.
 */
@CamelSpringBootTest
@DisableJmx(false)
@SpringBootTest(classes = DocpipeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.artemis.mode=native")
@DirtiesContext
class ExternalBrokerTest {

    private static final Path ROOT;
    private static final String BROKER_URL;
    private static final EmbeddedActiveMQ BROKER;

    static {
        try {
            ROOT = Files.createTempDirectory("docpipe-external-broker-test-");
            BROKER_URL = "tcp://127.0.0.1:" + freePort();
            BROKER = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                    .setPersistenceEnabled(false)
                    .setSecurityEnabled(false)
                    .addAcceptorConfiguration("tcp", BROKER_URL));
            BROKER.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the external test broker", e);
        }
        // At exit rather than after the class: @DirtiesContext closes the application after every
        // @AfterAll method, and the broker must outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(ExternalBrokerTest::stopBroker));
    }

    @Autowired
    ConfigurableApplicationContext application;

    @TempDir
    Path folder;

    @DynamicPropertySource
    static void externalBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.artemis.broker-url", () -> BROKER_URL);
        registry.add("docpipe.data-directory", () -> ROOT.resolve("data").toString());
        registry.add("docpipe.work-directory", () -> ROOT.resolve("work").toString());
        registry.add("docpipe.routes-directory", () -> Path.of("routes").toAbsolutePath().toString());
    }

    @Test
    void noEmbeddedBroker() {
        assertThat(application.getBeanProvider(EmbeddedActiveMQ.class).getIfAvailable()).isNull();
    }

    @Test
    void requestsFromExternalBroker() throws Exception {
        Path pdf = TestPdfs.withText(folder.resolve("remote.pdf"), "Served through the external broker");

        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER_URL);
                JMSContext jms = factory.createContext()) {
            BytesMessage request = jms.createBytesMessage();
            request.writeBytes(Files.readAllBytes(pdf));
            request.setStringProperty("docpipeOperation", "pdf-to-text");
            request.setStringProperty("docpipeFileName", "remote.pdf");
            TemporaryQueue replies = jms.createTemporaryQueue();
            request.setJMSReplyTo(replies);

            jms.createProducer().send(jms.createQueue("docpipe.requests"), request);
            Message reply = jms.createConsumer(replies).receive(60_000);

            assertThat(reply).as("reply from docpipe").isNotNull();
            assertThat(reply.getStringProperty("docpipeStatus")).isEqualTo("succeeded");
            assertThat(new String(reply.getBody(byte[].class), StandardCharsets.UTF_8))
                    .contains("Served through the external broker");
        }
    }

    private static void stopBroker() {
        try {
            BROKER.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the external test broker", e);
        } finally {
            FileSystemUtils.deleteRecursively(ROOT.toFile());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

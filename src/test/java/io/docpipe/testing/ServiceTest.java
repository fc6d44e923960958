package io.docpipe.testing;

import io.docpipe.DocpipeApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Base of the end-to-end tests: the whole application on a random HTTP port, the embedded broker on
 * a free 127.0.0.1 port and the project's own {@code routes/} folder, with data and work directories
 * in a temporary folder. Every subclass gets the same properties, so Spring starts the application
 * once per test run and all subclasses share it. Tests keep apart by using file names of their own.
 */
@CamelSpringBootTest
@DisableJmx(false)
@SpringBootTest(classes = DocpipeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ServiceTest.BrokerSettings.class)
public abstract class ServiceTest {

    /**
     * Prefix of broker addresses that reject every message once they hold one, the way a full
     * address does on a broker with the FAIL address-full policy.
     */
    protected static final String FULL_ADDRESS_PREFIX = "test.full.";

    /** Root of the running application's data directory: inbox, outbox, archive, failed, broker. */
    protected static final Path DATA_DIRECTORY;

    /** Multipart limit of the test application, low enough that the 413 test stays small. */
    protected static final long MAX_FILE_SIZE = 4 * 1024 * 1024;

    private static final Path ROOT;
    private static final int BROKER_PORT = freePort();

    static {
        try {
            ROOT = Files.createTempDirectory("docpipe-service-test-");
            DATA_DIRECTORY = Files.createDirectories(ROOT.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(ROOT.toFile())));
    }

    @LocalServerPort
    protected int httpPort;

    @DynamicPropertySource
    static void serviceProperties(DynamicPropertyRegistry registry) {
        registry.add("docpipe.data-directory", DATA_DIRECTORY::toString);
        registry.add("docpipe.work-directory", () -> ROOT.resolve("work").toString());
        registry.add("docpipe.routes-directory", () -> Path.of("routes").toAbsolutePath().toString());
        registry.add("docpipe.broker.acceptor-url", ServiceTest::brokerUrl);
        registry.add("spring.servlet.multipart.max-file-size", () -> MAX_FILE_SIZE + "B");
        registry.add("spring.servlet.multipart.max-request-size", () -> (MAX_FILE_SIZE + 1024 * 1024) + "B");
    }

    /** URL of the embedded broker's TCP acceptor, for clients outside the application. */
    protected static String brokerUrl() {
        return "tcp://127.0.0.1:" + BROKER_PORT;
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class BrokerSettings {

        @Bean
        ArtemisConfigurationCustomizer fullAddresses() {
            return configuration -> configuration.addAddressSetting(FULL_ADDRESS_PREFIX + "#",
                    new AddressSettings().setMaxSizeBytes(1)
                            .setAddressFullMessagePolicy(AddressFullMessagePolicy.FAIL));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

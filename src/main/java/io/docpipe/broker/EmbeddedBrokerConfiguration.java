package io.docpipe.broker;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jms.artemis.ArtemisConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the embedded broker to other processes. Spring Boot's embedded Artemis accepts only in-VM
 * connections; this adds a TCP acceptor so outside systems can send requests to docpipe's queues.
 * It applies only in embedded mode: with {@code spring.artemis.mode=native} no broker runs here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.artemis.mode", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedBrokerConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBrokerConfiguration.class);

    /**
     * Makes a second docpipe on the same data directory fail at start-up instead of waiting forever
     * for the journal lock held by the first, which Artemis does by default.
     */
    @Bean
    ArtemisConfigurationCustomizer journalLockTimeout(
            @Value("${docpipe.broker.journal-lock-timeout:10s}") java.time.Duration timeout) {
        return configuration -> configuration.setJournalLockAcquisitionTimeout(timeout.toMillis());
    }

    /**
     * Stops start-up when the embedded broker failed to activate, for example because the journal
     * lock timed out. Artemis logs such a failure but leaves Spring running without a broker.
     */
    @Bean
    SmartInitializingSingleton embeddedBrokerActiveCheck(ObjectProvider<EmbeddedActiveMQ> broker,
            @Value("${spring.artemis.embedded.data-directory:}") String dataDirectory) {
        return () -> {
            EmbeddedActiveMQ embedded = broker.getIfAvailable();
            if (embedded != null && !embedded.getActiveMQServer().isActive()) {
                throw new IllegalStateException("The embedded broker did not start. Another docpipe may be"
                        + " using the journal in '" + dataDirectory + "': stop it, or give this one its own"
                        + " docpipe.data-directory. The log above has Artemis's reason.");
            }
        };
    }

    @Bean
    ArtemisConfigurationCustomizer tcpAcceptor(@Value("${docpipe.broker.acceptor-url:}") String acceptorUrl) {
        return configuration -> {
            if (acceptorUrl.isBlank()) {
                return;
            }
            try {
                configuration.addAcceptorConfiguration("tcp", acceptorUrl);
            } catch (Exception e) {
                throw new IllegalStateException("Invalid docpipe.broker.acceptor-url '" + acceptorUrl
                        + "': expected a URL such as tcp://127.0.0.1:61616", e);
            }
            LOG.info("Embedded broker accepts connections on {}", acceptorUrl);
        };
    }
}

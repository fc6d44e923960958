package io.docpipe.broker;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switches the embedded broker off when docpipe uses an external one. Spring Boot 3.5 starts the
 * embedded Artemis server whenever {@code spring.artemis.embedded.enabled} is true (its default),
 * whatever {@code spring.artemis.mode} is set to. With this, {@code spring.artemis.mode=native} and
 * {@code spring.artemis.broker-url} are all it takes; an explicit
 * {@code spring.artemis.embedded.enabled} still wins.
 */
public class BrokerModeEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String EMBEDDED_ENABLED = "spring.artemis.embedded.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(EMBEDDED_ENABLED)) {
            return;
        }
        if ("native".equalsIgnoreCase(environment.getProperty("spring.artemis.mode"))) {
            environment.getPropertySources().addLast(
                    new MapPropertySource("docpipe-external-broker", Map.of(EMBEDDED_ENABLED, false)));
        }
    }

    /** After the application's own configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package io.docpipe.http;

import java.util.Map;
import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health} in the format that clients of the earlier utility server check:
 * {@code {"status":"healthy","version":"..."}}. Spring Boot's own health stays at
 * {@code /actuator/health}.
 */
@RestController
public class HealthController {

    private final String version;

    public HealthController(ObjectProvider<BuildProperties> buildProperties) {
        BuildProperties build = buildProperties.getIfAvailable();
        String implementationVersion = HealthController.class.getPackage().getImplementationVersion();
        if (build != null) {
            this.version = build.getVersion();
        } else {
            this.version = implementationVersion != null ? implementationVersion : "unknown";
        }
    }

    @GetMapping(path = "/health", produces = "application/json")
    public Map<String, String> health() {
        return Map.of("status", "healthy", "version", version);
    }
}

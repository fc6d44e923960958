package io.docpipe.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docpipe.testing.ServiceTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The Hawtio console and its Jolokia endpoint, which show docpipe's Camel routes. */
class ConsoleTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Test
    void hawtioServesPage() {
        ResponseEntity<String> response = http.getForEntity(baseUrl() + "/actuator/hawtio/", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(response.getBody()).containsIgnoringCase("hawtio");
    }

    @Test
    void jolokiaListsRoutes() throws Exception {
        ResponseEntity<String> response = http.getForEntity(
                baseUrl() + "/actuator/jolokia/search/org.apache.camel:context=docpipe,type=routes,*", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.getBody());
        List<String> names = new ArrayList<>();
        body.path("value").forEach(name -> names.add(name.asText()));
        // Every input route, including the hot folders made from the YAML template in routes/.
        assertThat(names).containsExactlyInAnyOrder(
                routeMBean("http-convert"), routeMBean("jms-requests"), routeMBean("jms-reply"),
                routeMBean("hot-folder-ocr"), routeMBean("hot-folder-ocr-vi"), routeMBean("hot-folder-pdf-to-text"),
                routeMBean("hot-folder-pdf-to-image"), routeMBean("hot-folder-image-transform"),
                routeMBean("hot-folder-image-to-pdf"));
    }

    @Test
    void jolokiaReadsRouteState() throws Exception {
        ResponseEntity<String> response = http.getForEntity(baseUrl() + "/actuator/jolokia/read/"
                + routeMBean("hot-folder-ocr-vi") + "/State", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(JSON.readTree(response.getBody()).path("value").asText()).isEqualTo("Started");
    }

    private static String routeMBean(String routeId) {
        return "org.apache.camel:context=docpipe,type=routes,name=\"" + routeId + "\"";
    }
}

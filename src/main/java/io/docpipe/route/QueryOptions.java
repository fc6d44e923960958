package io.docpipe.route;

import io.docpipe.error.InvalidOptionException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Parses options given in query-string form, {@code language=vie+eng&output=json}, as HTTP requests
 * and JMS messages carry them. Values are percent-decoded as RFC 3986 defines it, so {@code +} stays
 * a plus sign ({@code vie+eng} is two OCR languages) rather than becoming a space as in HTML forms.
 */
public final class QueryOptions {

    private QueryOptions() {
    }

    /**
     * Returns the options in their order in the query; an empty map for a null or blank query.
     *
     * @throws InvalidOptionException for an option given more than once
     */
    public static Map<String, Object> parse(String query) {
        Map<String, Object> options = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return options;
        }
        MultiValueMap<String, String> parameters = UriComponentsBuilder.newInstance().query(query).build()
                .getQueryParams();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = decode(parameter.getKey());
            if (parameter.getValue().size() > 1 || options.containsKey(name)) {
                throw new InvalidOptionException("Option '" + name + "' is given more than once; give each"
                        + " option once");
            }
            String value = parameter.getValue().get(0);
            options.put(name, value == null ? "" : decode(value));
        }
        return options;
    }

    private static String decode(String text) {
        return UriUtils.decode(text, StandardCharsets.UTF_8);
    }
}

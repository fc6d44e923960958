package io.docpipe.component;

import io.docpipe.error.InvalidOptionException;
import io.docpipe.operation.Operation;
import java.util.Map;
import java.util.TreeSet;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * Binds option values onto a {@link DocpipeConfiguration} with Camel's type conversion, then lets the
 * operation check them. Endpoint URIs and per-message options go through here alike, so both give the
 * same errors.
 */
final class OptionBinder {

    private OptionBinder() {
    }

    /**
     * Returns a copy of {@code base} with {@code options} applied.
     *
     * @throws InvalidOptionException for an option the operation does not take or a value that does
     *     not convert to the option's type
     */
    static DocpipeConfiguration bind(
            CamelContext camelContext, Operation operation, DocpipeConfiguration base, Map<String, ?> options) {
        DocpipeConfiguration configuration = base.copy();
        for (Map.Entry<String, ?> option : options.entrySet()) {
            String name = option.getKey();
            if (!operation.options().contains(name)) {
                throw new InvalidOptionException("Unknown option '" + name + "' for operation '"
                        + operation.name() + "'; valid options: " + validOptions(operation));
            }
            try {
                PropertyBindingSupport.build()
                        .withCamelContext(camelContext)
                        .withTarget(configuration)
                        .withProperty(name, option.getValue())
                        .withMandatory(true)
                        .withReflection(true)
                        .bind();
            } catch (PropertyBindingException e) {
                throw new InvalidOptionException("Invalid value '" + option.getValue() + "' for option '"
                        + name + "' of operation '" + operation.name() + "'; expected " + expectedValue(name), e);
            }
        }
        operation.validate(configuration);
        return configuration;
    }

    /** Describes the values an option's Java type accepts, for the error message of a failed conversion. */
    private static String expectedValue(String option) {
        Class<?> type;
        try {
            type = DocpipeConfiguration.class.getDeclaredField(option).getType();
        } catch (NoSuchFieldException e) {
            return "a value of the option's type";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a " + type.getSimpleName() + " value";
    }

    private static String validOptions(Operation operation) {
        return operation.options().isEmpty() ? "none" : String.join(", ", new TreeSet<>(operation.options()));
    }
}

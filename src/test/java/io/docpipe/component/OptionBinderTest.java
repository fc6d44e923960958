package io.docpipe.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.error.InvalidOptionException;
import io.docpipe.image.ImageTransformOperation;
import io.docpipe.pdf.PdfToImageOperation;
import io.docpipe.pdf.PdfToTextOperation;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class OptionBinderTest {

    private final CamelContext camelContext = new DefaultCamelContext();

    @Test
    void bindsConvertedValues() {
        DocpipeConfiguration bound = OptionBinder.bind(camelContext, new PdfToImageOperation(),
                new DocpipeConfiguration(), Map.of("dpi", "300", "pages", "2-3"));

        assertThat(bound.getDpi()).isEqualTo(300);
        assertThat(bound.getPages()).isEqualTo("2-3");
    }

    @Test
    void baseConfigurationUnchanged() {
        DocpipeConfiguration base = new DocpipeConfiguration();

        OptionBinder.bind(camelContext, new PdfToImageOperation(), base, Map.of("dpi", "300"));

        assertThat(base.getDpi()).isEqualTo(150);
    }

    @Test
    void unknownOptionListsValidOnes() {
        assertThatThrownBy(() -> OptionBinder.bind(camelContext, new PdfToTextOperation(),
                new DocpipeConfiguration(), Map.of("dpi", "300")))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("Unknown option 'dpi' for operation 'pdf-to-text'; valid options: pages");
    }

    @Test
    void nonNumericValueNamesExpectedType() {
        assertThatThrownBy(() -> OptionBinder.bind(camelContext, new ImageTransformOperation(),
                new DocpipeConfiguration(), Map.of("rotate", "abc")))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("Invalid value 'abc' for option 'rotate' of operation 'image-transform';"
                        + " expected a number");
        assertThatThrownBy(() -> OptionBinder.bind(camelContext, new PdfToImageOperation(),
                new DocpipeConfiguration(), Map.of("dpi", "high")))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageEndingWith("; expected a whole number");
    }

    @Test
    void nonBooleanValueNamesExpectedType() {
        assertThatThrownBy(() -> OptionBinder.bind(camelContext, new ImageTransformOperation(),
                new DocpipeConfiguration(), Map.of("grayscale", "yes")))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessageEndingWith("; expected true or false");
    }
}

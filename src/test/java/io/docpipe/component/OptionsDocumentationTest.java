package io.docpipe.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.docpipe.image.ImageDecoder;
import io.docpipe.image.ImageToPdfOperation;
import io.docpipe.image.ImageTransformOperation;
import io.docpipe.ocr.OcrLanguages;
import io.docpipe.ocr.OcrOperation;
import io.docpipe.ocr.TesseractPool;
import io.docpipe.operation.Operation;
import io.docpipe.pdf.PdfToImageOperation;
import io.docpipe.pdf.PdfToTextOperation;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the options table of docs/operations.md equal to what the code declares: each option's
 * description, default and allowed values from its {@link UriParam} on {@link DocpipeConfiguration},
 * and the operations that take it from {@link Operation#options()}. Run with
 * {@code -Ddocpipe.updateDocs=true} to rewrite the table after changing an option.
 */
class OptionsDocumentationTest {

    private static final Path DOCUMENT = Path.of("docs/operations.md");
    private static final String BEGIN = "<!-- options:begin -->";
    private static final String END = "<!-- options:end -->";

    private static TesseractPool pool;
    private static List<Operation> operations;

    @BeforeAll
    static void createOperations() {
        OcrLanguages languages = new OcrLanguages(OcrLanguages.defaultTessdata());
        pool = new TesseractPool(languages.tessdata(), 1);
        operations = List.of(new PdfToTextOperation(), new PdfToImageOperation(),
                new OcrOperation(pool, languages, new ImageDecoder()), new ImageTransformOperation(),
                new ImageToPdfOperation());
    }

    @AfterAll
    static void closePool() {
        pool.close();
    }

    @Test
    void optionsTableMatchesCode() throws IOException {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        assertThat(begin).as("%s marker in %s", BEGIN, DOCUMENT).isNotNegative();
        assertThat(end).as("%s marker in %s", END, DOCUMENT).isGreaterThan(begin);

        String expected = BEGIN + "\n" + optionsTable() + END;
        String actual = document.substring(begin, end + END.length());
        if (Boolean.getBoolean("docpipe.updateDocs")) {
            Files.writeString(DOCUMENT, document.replace(actual, expected), StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual)
                .as("%s is out of date: run mvn test -Dtest=OptionsDocumentationTest -Ddocpipe.updateDocs=true",
                        DOCUMENT)
                .isEqualTo(expected);
    }

    @Test
    void everyOperationOptionIsDeclared() {
        List<String> declared = optionFields().stream().map(Field::getName).toList();
        for (Operation operation : operations) {
            assertThat(declared).as("options of %s", operation.name()).containsAll(operation.options());
        }
    }

    @Test
    void everyDeclaredOptionIsUsed() {
        for (Field field : optionFields()) {
            assertThat(operationsTaking(field.getName()))
                    .as("operations taking option %s", field.getName())
                    .isNotEmpty();
        }
    }

    private static String optionsTable() {
        StringBuilder table = new StringBuilder();
        table.append("| option | operations | default | allowed values | description |\n");
        table.append("|---|---|---|---|---|\n");
        for (Field field : optionFields()) {
            UriParam param = field.getAnnotation(UriParam.class);
            table.append("| `").append(field.getName()).append("` | ")
                    .append(String.join(", ", operationsTaking(field.getName()))).append(" | ")
                    .append(param.defaultValue().isEmpty() ? "" : "`" + param.defaultValue() + "`").append(" | ")
                    .append(param.enums().isEmpty() ? "" : "`" + param.enums().replace(",", "`, `") + "`")
                    .append(" | ").append(param.description()).append(" |\n");
        }
        return table.toString();
    }

    private static List<String> operationsTaking(String option) {
        return operations.stream().filter(operation -> operation.options().contains(option))
                .map(operation -> "`" + operation.name() + "`").toList();
    }

    private static List<Field> optionFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : DocpipeConfiguration.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(UriParam.class)) {
                fields.add(field);
            }
        }
        return fields;
    }
}

package io.docpipe.ocr;

import static io.docpipe.ocr.OcrText.normalizeSpace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.operation.OutputDocument;
import io.docpipe.testing.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The OCR beans in a plain Spring context: properties, wiring and the release of handles at shutdown. */
class OcrConfigurationTest {

    @TempDir
    Path folder;

    @Test
    void operationWiredAndHandlesFreed() throws Exception {
        AnnotationConfigApplicationContext context = context(Map.of(
                OcrLanguages.TESSDATA_PROPERTY, OcrLanguages.DEBIAN_TESSDATA.toString(),
                TesseractPool.WORKERS_PROPERTY, "1"));
        OcrOperation operation = context.getBean(OcrOperation.class);
        TesseractPool pool = context.getBean(TesseractPool.class);
        Path png = TestImages.writeText(folder.resolve("note.png"), "png", "Wired by Spring");

        OutputDocument result = operation.execute(OcrInputs.of(png), new DocpipeConfiguration(), folder);

        String text = Files.readString(result.path(), StandardCharsets.UTF_8);
        assertThat(normalizeSpace(text)).isEqualTo("Wired by Spring");
        assertThat(pool.maxHandles()).isEqualTo(1);
        assertThat(pool.handleCount()).isEqualTo(1);

        context.close();

        assertThat(pool.handleCount()).isZero();
        assertThatThrownBy(() -> pool.submit("eng", TesseractHandle::language))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void workersDefaultToCores() {
        try (AnnotationConfigApplicationContext context = context(Map.of())) {
            assertThat(context.getBean(TesseractPool.class).maxHandles())
                    .isEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(context.getBean(OcrLanguages.class).tessdata()).isEqualTo(OcrLanguages.defaultTessdata());
        }
    }

    @Test
    void emptyTessdataFailsStartup() {
        assertThatThrownBy(() -> context(Map.of(OcrLanguages.TESSDATA_PROPERTY, folder.toString())))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(OcrLanguages.TESSDATA_PROPERTY)
                .hasMessageContaining(folder.toString());
    }

    private static AnnotationConfigApplicationContext context(Map<String, Object> properties) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
        context.register(OcrConfiguration.class, OcrOperation.class);
        context.refresh();
        return context;
    }
}

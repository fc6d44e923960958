package io.docpipe.ocr;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Creates the OCR engine from the {@code docpipe.ocr.*} properties, checking them at start-up. */
@Configuration(proxyBeanMethods = false)
public class OcrConfiguration {

    @Bean
    OcrLanguages ocrLanguages(@Value("${" + OcrLanguages.TESSDATA_PROPERTY + ":}") String tessdata) {
        return new OcrLanguages(tessdata.isBlank() ? OcrLanguages.defaultTessdata() : Path.of(tessdata));
    }

    /**
     * Creates the pool with one handle per worker; 0 workers, the default, means one per CPU core.
     * Spring calls {@link TesseractPool#close()} at shutdown, which frees every native handle.
     */
    @Bean(destroyMethod = "close")
    TesseractPool tesseractPool(OcrLanguages languages,
            @Value("${" + TesseractPool.WORKERS_PROPERTY + ":0}") int workers) {
        int handles = workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
        return new TesseractPool(languages.tessdata(), handles);
    }
}

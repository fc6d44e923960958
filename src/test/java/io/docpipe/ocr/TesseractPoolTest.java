package io.docpipe.ocr;

import static io.docpipe.ocr.OcrText.normalizeSpace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.docpipe.testing.TestImages;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TesseractPoolTest {

    @Test
    void handleReusedForSameLanguage() throws Exception {
        try (TesseractPool pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 2)) {
            TesseractHandle first = pool.submit("eng", handle -> handle).get();
            TesseractHandle second = pool.submit("eng", handle -> handle).get();
            TesseractHandle third = pool.submit("eng", handle -> handle).get();

            assertThat(second).isSameAs(first);
            assertThat(third).isSameAs(first);
            assertThat(pool.handleCount()).isEqualTo(1);
        }
    }

    @Test
    void otherLanguageEvictedAtCap() throws Exception {
        BufferedImage english = TestImages.renderText("Evening news");
        BufferedImage vietnamese = TestImages.renderText("Tiếng Việt có dấu");
        try (TesseractPool pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 1)) {
            String first = pool.submit("eng", handle -> recognize(handle, english)).get();
            String second = pool.submit("vie", handle -> recognize(handle, vietnamese)).get();
            String language = pool.submit("eng", TesseractHandle::language).get();

            assertThat(first).isEqualTo("Evening news");
            assertThat(second).isEqualTo("Tiếng Việt có dấu");
            assertThat(language).isEqualTo("eng");
            assertThat(pool.handleCount()).isEqualTo(1);
        }
    }

    @Test
    void concurrentRequestsGetOwnText() throws Exception {
        List<String> texts = List.of("Alpha invoice number one", "Bravo delivery note two",
                "Charlie purchase order", "Hà Nội mùa thu", "Delta shipping label", "Tiếng Việt có dấu");
        List<String> languages = List.of("eng", "vie+eng", "eng", "vie", "vie+eng", "vie");
        List<BufferedImage> images = texts.stream().map(text -> TestImages.renderText(text)).toList();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(texts.size());
        CountDownLatch start = new CountDownLatch(1);

        try (TesseractPool pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 2)) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                BufferedImage image = images.get(i);
                String language = languages.get(i);
                results.add(callers.submit(() -> {
                    start.await();
                    return pool.submit(language, handle -> {
                        maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                        try {
                            return recognize(handle, image);
                        } finally {
                            running.decrementAndGet();
                        }
                    }).get();
                }));
            }
            start.countDown();

            for (int i = 0; i < texts.size(); i++) {
                assertThat(results.get(i).get(120, TimeUnit.SECONDS)).isEqualTo(texts.get(i));
            }
            assertThat(maxRunning.get()).isBetween(1, 2);
            assertThat(pool.handleCount()).isBetween(1, 2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void closeFreesHandles() throws Exception {
        TesseractPool pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 2);
        pool.submit("eng", TesseractHandle::language).get();
        assertThat(pool.handleCount()).isEqualTo(1);

        pool.close();

        assertThat(pool.handleCount()).isZero();
        assertThatThrownBy(() -> pool.submit("eng", TesseractHandle::language))
                .isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void failedLoadReleasesSlot() throws Exception {
        try (TesseractPool pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 1)) {
            Future<String> missing = pool.submit("zzz", TesseractHandle::language);

            assertThatThrownBy(missing::get)
                    .isInstanceOf(ExecutionException.class)
                    .cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("'zzz'");
            assertThat(pool.handleCount()).isZero();
            assertThat(pool.submit("eng", TesseractHandle::language).get()).isEqualTo("eng");
        }
    }

    @Test
    void zeroWorkersRejected() {
        assertThatThrownBy(() -> new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TesseractPool.WORKERS_PROPERTY);
    }

    private static String recognize(TesseractHandle handle, BufferedImage image) {
        return normalizeSpace(handle.recognize(image, 300, 1, OcrOutput.TEXT).text());
    }
}

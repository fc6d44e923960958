package io.docpipe.ocr;

import io.docpipe.testing.TestImages;
import java.io.File;
import java.util.Objects;

/**
 * A separate JVM's main class for {@link OpenMpThreadLimitTest}: recognises one page and prints the
 * C environment's {@code OMP_THREAD_LIMIT} and how many threads the recognition added to the process.
 */
public final class OpenMpProbe {

    private OpenMpProbe() {
    }

    public static void main(String[] args) throws Exception {
        try (TesseractPool pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, 1)) {
            // Starts the worker thread and loads the language before counting.
            pool.submit("eng", TesseractHandle::language).get();
            int before = threadCount();

            String text = pool.submit("eng", handle -> handle.recognize(
                    TestImages.renderText("Counting threads", "during recognition"), 300, 1, OcrOutput.TEXT).text())
                    .get();

            int added = threadCount() - before;
            String limit = com.sun.jna.Native.load("c", OpenMpThreadLimit.CLibrary.class)
                    .getenv(OpenMpThreadLimit.VARIABLE);
            System.out.println("limit=" + limit + " threadsAdded=" + added + " text=" + OcrText.normalizeSpace(text));
        }
    }

    /** Counts this process's threads, native ones included, from Linux's /proc/self/task. */
    private static int threadCount() {
        return Objects.requireNonNull(new File("/proc/self/task").list()).length;
    }
}

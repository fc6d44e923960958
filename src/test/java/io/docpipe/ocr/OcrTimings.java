package io.docpipe.ocr;

import io.docpipe.component.DocpipeConfiguration;
import io.docpipe.image.ImageDecoder;
import io.docpipe.operation.InputDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures warm wall time of the ocr operation against the tesseract command line on corpus files,
 * in one run. Not a test: run it by hand after {@code mvn test-compile}:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     io.docpipe.ocr.OcrTimings ../shared/corpus 5
 * </pre>
 *
 * Each case runs once to warm up (JIT, traineddata loading, page cache), then the given number of
 * times; the median and the minimum are printed. The command line runs as
 * {@code tesseract FILE - -l LANG} with {@code OMP_THREAD_LIMIT=1}.
 */
public final class OcrTimings {

    private static final String[][] CASES = {
        {"ocr_eng_phototest_1bit.tif", "eng"},
        {"ocr_vie_page_icc_mismatch.png", "vie"},
        {"ocr_vie_2p_toi_di_hoc.tif", "vie"},
    };

    private OcrTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("ocr-timings");

        System.out.printf("%-32s %-4s %-22s %10s %10s%n", "file", "lang", "engine", "median ms", "min ms");
        for (String[] testCase : CASES) {
            Path file = corpus.resolve(testCase[0]);
            String language = testCase[1];
            for (int workers : new int[] {1, 2}) {
                try (TesseractPool pool = new TesseractPool(OcrLanguages.DEBIAN_TESSDATA, workers)) {
                    OcrOperation operation = new OcrOperation(pool, new OcrLanguages(OcrLanguages.DEBIAN_TESSDATA),
                            new ImageDecoder());
                    InputDocument input = OcrInputs.of(file);
                    DocpipeConfiguration options = new DocpipeConfiguration();
                    options.setLanguage(language);
                    List<Long> times = measure(runs, () -> operation.execute(input, options, work));
                    print(testCase[0], language, "docpipe, " + workers + " worker(s)", times);
                }
            }
            List<Long> cliTimes = measure(runs, () -> runCli(file, language));
            print(testCase[0], language, "tesseract CLI", cliTimes);
        }
    }

    private static List<Long> measure(int runs, Task task) throws Exception {
        task.run();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            task.run();
            times.add((System.nanoTime() - started) / 1_000_000);
        }
        Collections.sort(times);
        return times;
    }

    private static void runCli(Path file, String language) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("tesseract", file.toString(), "-", "-l", language)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        int status = builder.start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("tesseract exited with status " + status + " on " + file);
        }
    }

    private static void print(String file, String language, String engine, List<Long> times) {
        System.out.printf("%-32s %-4s %-22s %10d %10d%n", file, language, engine, times.get(times.size() / 2),
                times.get(0));
    }

    /** A measured step that may throw. */
    private interface Task {
        void run() throws Exception;
    }
}

package io.docpipe.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets {@code OMP_THREAD_LIMIT=1} in the process environment before libtesseract is loaded.
 *
 * <p>Debian's libtesseract links libgomp, and Tesseract then runs parts of the LSTM recogniser on
 * several OpenMP threads per call. docpipe already recognises pages and files in parallel, one worker
 * per core, so OpenMP threads on top of that oversubscribe the cores and make every page slower.
 * libgomp reads {@code OMP_THREAD_LIMIT} once, when it is loaded, from the C environment: so the
 * variable has to be in that environment before the first Tesseract call. Maven's surefire and
 * spring-boot:run set it, but a plain {@code java -jar} does not, hence this call to the C library's
 * {@code setenv}. {@link System#getenv()} is a copy taken at JVM start, so this code reads the C
 * environment too. It has no effect if another native library has loaded libgomp already, and then
 * it warns.
 */
final class OpenMpThreadLimit {

    private static final Logger LOG = LoggerFactory.getLogger(OpenMpThreadLimit.class);

    static final String VARIABLE = "OMP_THREAD_LIMIT";

    private static boolean applied;

    private OpenMpThreadLimit() {
    }

    /** Sets the variable to 1, warning when it had another value. Safe to call more than once. */
    static synchronized void applyBeforeTesseractLoads() {
        if (applied) {
            return;
        }
        CLibrary libc = Native.load("c", CLibrary.class);
        String current = libc.getenv(VARIABLE);
        if (!"1".equals(current)) {
            if (current != null) {
                LOG.warn("{} was {}; setting it to 1 because docpipe runs one Tesseract call per core and"
                        + " OpenMP threads inside each call would oversubscribe the cores", VARIABLE, current);
            }
            if (isLibgompLoaded()) {
                LOG.warn("libgomp was loaded before Tesseract, so setting {}=1 now has no effect on it; set"
                        + " the variable before starting the JVM", VARIABLE);
            }
            if (libc.setenv(VARIABLE, "1", 1) != 0) {
                LOG.warn("Could not set {}=1 in the process environment; Tesseract may start OpenMP threads"
                        + " in every call. Set it before starting the JVM.", VARIABLE);
            }
        }
        applied = true;
    }

    /** Checks Linux's /proc/self/maps for whether libgomp is loaded into this process already. */
    private static boolean isLibgompLoaded() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return false;
        }
        try (Stream<String> lines = Files.lines(maps)) {
            return lines.anyMatch(line -> line.contains("/libgomp.so"));
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot read {} to check whether libgomp is loaded already", maps, e);
            return false;
        }
    }

    /** The two functions of the C library this class needs. */
    interface CLibrary extends Library {

        String getenv(String name);

        int setenv(String name, String value, int overwrite);
    }
}

package io.docpipe.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link OpenMpProbe} in fresh JVMs, because libgomp reads {@code OMP_THREAD_LIMIT} once per
 * process. Without the limit, Debian's Tesseract 5.3.0 starts extra OpenMP threads during
 * recognition. With it, recognition adds no more threads than in a JVM started with the limit.
 */
class OpenMpThreadLimitTest {

    private static final Pattern PROBE_LINE = Pattern.compile("limit=(\\S+) threadsAdded=(\\d+) text=(.*)");

    @TempDir
    Path folder;

    @Test
    void unsetLimitBecomesOne() throws Exception {
        Matcher reference = probe(folder.resolve("reference.log"), "1");
        Matcher unset = probe(folder.resolve("unset.log"), null);

        assertThat(unset.group(1)).isEqualTo("1");
        assertThat(unset.group(3)).isEqualTo("Counting threads during recognition");
        assertThat(Integer.parseInt(unset.group(2))).isEqualTo(Integer.parseInt(reference.group(2)));
    }

    @Test
    void otherLimitOverriddenWithWarning() throws Exception {
        Path log = folder.resolve("four.log");
        Matcher reference = probe(folder.resolve("reference.log"), "1");
        Matcher four = probe(log, "4");

        assertThat(four.group(1)).isEqualTo("1");
        assertThat(Integer.parseInt(four.group(2))).isEqualTo(Integer.parseInt(reference.group(2)));
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .contains("WARN io.docpipe.ocr.OpenMpThreadLimit -- OMP_THREAD_LIMIT was 4; setting it to 1");
    }

    /** Runs the probe with {@code OMP_THREAD_LIMIT} set to {@code limit}, or unset when null. */
    private static Matcher probe(Path log, String limit) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                OpenMpProbe.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (limit == null) {
            builder.environment().remove(OpenMpThreadLimit.VARIABLE);
        } else {
            builder.environment().put(OpenMpThreadLimit.VARIABLE, limit);
        }

        Process process = builder.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(finished).as("probe finished within 120 s; output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("probe exit status; output:%n%s", output).isZero();
        Matcher line = PROBE_LINE.matcher(output);
        assertThat(line.find()).as("probe result line in:%n%s", output).isTrue();
        return line;
    }
}

package io.docpipe.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real-world files made by others, kept outside the repository. Surefire passes their folder as the
 * system property {@code docpipe.corpus}; tests that need them are skipped, saying why, where the
 * folder is absent, so a clone anywhere still runs the tests on the project's own fixtures.
 */
public final class Corpus {

    private static final Path ROOT = Path.of(System.getProperty("docpipe.corpus", "../shared/corpus"));

    private Corpus() {
    }

    /** Returns the path of a corpus file, or skips the calling test when the corpus is not there. */
    public static Path file(String name) {
        Path path = ROOT.resolve(name);
        assumeTrue(Files.isRegularFile(path),
                "Skipped: corpus file " + path.toAbsolutePath() + " is absent; set -Ddocpipe.corpus to the folder"
                        + " holding the real-world test files to run this test");
        return path;
    }

    public static boolean isPresent() {
        return Files.isRegularFile(ROOT.resolve("manifest.tsv"));
    }

    /** Reads the expectation column of manifest.tsv for each file name, in file order. */
    public static Map<String, String> expectations() {
        Path manifest = file("manifest.tsv");
        try {
            List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
            Map<String, String> expectations = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.split("\t");
                if (columns.length >= 5) {
                    expectations.put(columns[0], columns[4]);
                }
            }
            return expectations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

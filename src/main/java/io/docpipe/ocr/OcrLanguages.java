package io.docpipe.ocr;

import io.docpipe.error.InvalidOptionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The Tesseract languages installed in a tessdata folder, and the parser of the {@code language}
 * option. The option joins Tesseract codes with {@code +} ({@code vie+eng}) or spaces and also accepts
 * the aliases en, vi and zh. Codes are matched case-insensitively and duplicates are dropped.
 */
public class OcrLanguages {

    /** The Spring property that points at the tessdata folder. */
    public static final String TESSDATA_PROPERTY = "docpipe.ocr.tessdata-path";

    /** Debian 12's tessdata folder, into which the tesseract-ocr packages install traineddata. */
    public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    private static final String SUFFIX = ".traineddata";

    private static final Map<String, String> ALIASES = Map.of("en", "eng", "vi", "vie", "zh", "chi_sim");

    /** Orientation and script detection (osd) and equation detection (equ) data, which read no text. */
    private static final Set<String> NOT_LANGUAGES = Set.of("osd", "equ");

    private final Path tessdata;
    private final SortedSet<String> installed;

    /** Installed codes by their lower-case form, so that codes match case-insensitively. */
    private final Map<String, String> installedByLowerCase = new HashMap<>();

    /**
     * Reads the languages installed in {@code tessdata}.
     *
     * @throws IllegalStateException naming {@value #TESSDATA_PROPERTY} when the folder is missing or
     *     contains no traineddata file of a language
     */
    public OcrLanguages(Path tessdata) {
        this.tessdata = tessdata.toAbsolutePath().normalize();
        this.installed = readInstalled(this.tessdata);
        for (String code : installed) {
            installedByLowerCase.put(code.toLowerCase(Locale.ROOT), code);
        }
    }

    /** Returns the default tessdata folder: {@code TESSDATA_PREFIX} if set, else Debian's. */
    public static Path defaultTessdata() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        return prefix == null || prefix.isBlank() ? DEBIAN_TESSDATA : Path.of(prefix);
    }

    public Path tessdata() {
        return tessdata;
    }

    /** Codes of the installed languages, sorted, without osd. */
    public SortedSet<String> installed() {
        return installed;
    }

    /**
     * Turns a {@code language} option value into Tesseract's form: {@code vi+EN+vie} gives
     * {@code vie+eng}.
     *
     * @throws InvalidOptionException for an empty value or a language that is not installed, listing
     *     the installed ones
     */
    public String resolve(String option) {
        if (option == null || option.isBlank()) {
            throw new InvalidOptionException("Missing value for option 'language' of operation 'ocr'; "
                    + choices());
        }

        Set<String> codes = new LinkedHashSet<>();
        // A '+' in a URI query or form decodes to a space, as Camel does for endpoint URIs and the
        // options header, so a space separates languages too.
        for (String part : option.trim().split("[+\\s]", -1)) {
            String lowerCase = part.trim().toLowerCase(Locale.ROOT);
            String code = installedByLowerCase.get(ALIASES.getOrDefault(lowerCase, lowerCase));
            if (code == null) {
                throw new InvalidOptionException("Unknown OCR language '" + part.trim() + "' in '" + option
                        + "'; " + choices());
            }
            codes.add(code);
        }
        return String.join("+", codes);
    }

    /** Lists the values the language option accepts, for error messages. */
    private String choices() {
        return "installed: " + String.join(", ", installed) + " (aliases: "
                + String.join(", ", new java.util.TreeSet<>(ALIASES.keySet())) + ")";
    }

    private static SortedSet<String> readInstalled(Path tessdata) {
        if (!Files.isDirectory(tessdata)) {
            throw new IllegalStateException("The tessdata folder " + tessdata + " does not exist; set "
                    + TESSDATA_PROPERTY + " (or TESSDATA_PREFIX) to the folder that contains the .traineddata"
                    + " files, such as " + DEBIAN_TESSDATA);
        }

        SortedSet<String> languages = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tessdata, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String code = name.substring(0, name.length() - SUFFIX.length());
                if (!NOT_LANGUAGES.contains(code)) {
                    languages.add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the tessdata folder " + tessdata, e);
        }

        if (languages.isEmpty()) {
            throw new IllegalStateException("The tessdata folder " + tessdata + " has no language .traineddata"
                    + " file; install a language pack (Debian: apt-get install tesseract-ocr-eng) or set "
                    + TESSDATA_PROPERTY + " to the folder that contains them");
        }
        return Collections.unmodifiableSortedSet(languages);
    }
}

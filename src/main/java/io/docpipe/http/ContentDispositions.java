package io.docpipe.http;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Builds {@code Content-Disposition: attachment} values for result downloads as RFC 6266 recommends: an
 * ASCII {@code filename} for old clients and the exact UTF-8 name in {@code filename*} (RFC 8187).
 * Spring's {@code ContentDisposition} is not used because, as of Spring 6.2, it writes non-ASCII
 * names into {@code filename} as RFC 2047 encoded words, which RFC 6266 says HTTP clients must not
 * be expected to decode.
 */
final class ContentDispositions {

    private ContentDispositions() {
    }

    static String attachment(String fileName) {
        String fallback = asciiFallback(fileName);
        if (fallback.equals(fileName)) {
            return "attachment; filename=\"" + quote(fileName) + "\"";
        }
        return "attachment; filename=\"" + quote(fallback) + "\"; filename*=UTF-8''" + percentEncode(fileName);
    }

    /**
     * Returns the name with diacritics removed ({@code Tiếng Việt} becomes {@code Tieng Viet}) and
     * every other non-ASCII character replaced by {@code _}.
     */
    static String asciiFallback(String fileName) {
        String decomposed = Normalizer.normalize(fileName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        StringBuilder ascii = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f ? c : '_');
        }
        return ascii.toString();
    }

    private static String quote(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Percent-encodes everything but RFC 8187 {@code attr-char}s. */
    private static String percentEncode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}

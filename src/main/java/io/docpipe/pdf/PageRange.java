package io.docpipe.pdf;

import io.docpipe.error.InvalidOptionException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code pages} option: a comma-separated list of 1-based pages and ranges, such as {@code 1-3,5}
 * or {@code 7-} (page 7 to the last page). Whitespace and empty items are ignored, and a null or blank
 * value selects every page.
 *
 * <p>{@link #parse} checks the syntax alone, so operations can reject a malformed value in
 * {@code validate()} before any document is opened. {@link #pageIndexes} then checks the pages against
 * the document's page count, and {@link #resolve} does both steps at once.
 */
public final class PageRange {

    /** The option name, as declared in {@link io.docpipe.component.DocpipeConfiguration}. */
    public static final String OPTION = "pages";

    private static final String SYNTAX_HINT = "use 1-based pages and ranges such as 1-3,5 or 7-";

    /** One item: a page ({@code 5}), a range ({@code 1-3}) or an open range ({@code 7-}). */
    private static final Pattern ITEM = Pattern.compile("(\\d+)\\s*(?:(-)\\s*(\\d+)?)?");

    private final String value;

    /** Items in the order written, or an empty list when every page is selected. */
    private final List<Span> spans;

    private PageRange(String value, List<Span> spans) {
        this.value = value;
        this.spans = spans;
    }

    /**
     * Parses and checks the syntax of a {@code pages} value without a document.
     *
     * @throws InvalidOptionException for a malformed item, page 0 or a range that runs backwards
     */
    public static PageRange parse(String value) {
        return new PageRange(value, parseSpans(value, null));
    }

    /**
     * Returns the 0-based indexes of the selected pages of a document with {@code pageCount} pages,
     * in document order and without duplicates.
     *
     * @throws InvalidOptionException for a page beyond {@code pageCount}
     */
    public List<Integer> pageIndexes(int pageCount) {
        if (spans.isEmpty()) {
            return allPages(pageCount);
        }

        BitSet selected = new BitSet(pageCount);
        for (Span span : spans) {
            int last = span.last() == null ? pageCount : span.last();
            int beyond = Math.max(span.first(), last);
            if (beyond > pageCount) {
                throw invalid(value, "page " + beyond + " is beyond the last page", pageCount);
            }
            selected.set(span.first() - 1, last);
        }
        return selected.stream().boxed().toList();
    }

    /**
     * Parses {@code value} and resolves it against the page count. Unlike {@link #parse}, a syntax
     * error here also names the page count.
     */
    public static List<Integer> resolve(String value, int pageCount) {
        return new PageRange(value, parseSpans(value, pageCount)).pageIndexes(pageCount);
    }

    /** Returns whether the value selects every page, so that no page number needs checking. */
    public boolean selectsAllPages() {
        return spans.isEmpty();
    }

    @Override
    public String toString() {
        return value == null || value.isBlank() ? "all" : value;
    }

    private static List<Span> parseSpans(String value, Integer pageCount) {
        List<Span> spans = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return spans;
        }

        for (String rawItem : value.split(",")) {
            String item = rawItem.strip();
            if (item.isEmpty()) {
                continue;
            }
            spans.add(parseSpan(value, item, pageCount));
        }

        if (spans.isEmpty()) {
            throw invalid(value, "it names no pages; leave it unset to select every page", pageCount);
        }
        return spans;
    }

    private static Span parseSpan(String value, String item, Integer pageCount) {
        Matcher matcher = ITEM.matcher(item);
        if (!matcher.matches()) {
            throw invalid(value, "'" + item + "' is not a page or a range; " + SYNTAX_HINT, pageCount);
        }

        int first = pageNumber(value, matcher.group(1), pageCount);
        Integer last;
        if (matcher.group(2) == null) {
            last = first;
        } else if (matcher.group(3) == null) {
            last = null;
        } else {
            last = pageNumber(value, matcher.group(3), pageCount);
        }
        if (last != null && last < first) {
            throw invalid(value, "the range " + item + " runs backwards; write it as " + last + "-" + first,
                    pageCount);
        }
        return new Span(first, last);
    }

    private static int pageNumber(String value, String digits, Integer pageCount) {
        int number;
        try {
            number = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            // Only digits reach here, so the number is too large for an int.
            throw invalid(value, "page " + digits + " is too large", pageCount);
        }
        if (number == 0) {
            throw invalid(value, "pages are numbered from 1", pageCount);
        }
        return number;
    }

    private static List<Integer> allPages(int pageCount) {
        List<Integer> indexes = new ArrayList<>(pageCount);
        for (int i = 0; i < pageCount; i++) {
            indexes.add(i);
        }
        return indexes;
    }

    private static InvalidOptionException invalid(String value, String reason, Integer pageCount) {
        String message = "Invalid value '" + value + "' for option '" + OPTION + "': " + reason;
        if (pageCount != null) {
            message += " (the document has " + pageCount + (pageCount == 1 ? " page)" : " pages)");
        }
        return new InvalidOptionException(message);
    }

    /** Pages {@code first} to {@code last}, 1-based and inclusive; {@code last} is null for "to the end". */
    private record Span(int first, Integer last) {
    }
}

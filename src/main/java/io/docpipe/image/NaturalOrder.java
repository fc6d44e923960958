package io.docpipe.image;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders names with their digit runs compared as numbers, so {@code page2.jpg} comes before
 * {@code page10.jpg}. Text runs compare case-insensitively, then exactly to break ties.
 * Hand-written because the project's libraries (commons-lang3, commons-text) offer no such order.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String first, String second) {
        int i = 0;
        int j = 0;
        while (i < first.length() && j < second.length()) {
            int runEndFirst = runEnd(first, i);
            int runEndSecond = runEnd(second, j);
            String runFirst = first.substring(i, runEndFirst);
            String runSecond = second.substring(j, runEndSecond);
            int result = isDigitRun(runFirst) && isDigitRun(runSecond)
                    ? new BigInteger(runFirst).compareTo(new BigInteger(runSecond))
                    : runFirst.compareToIgnoreCase(runSecond);
            if (result != 0) {
                return result;
            }
            i = runEndFirst;
            j = runEndSecond;
        }
        int byLength = Integer.compare(first.length() - i, second.length() - j);
        return byLength != 0 ? byLength : first.compareTo(second);
    }

    /** Returns the end of the run of digits, or of non-digits, that starts at {@code start}. */
    private static int runEnd(String text, int start) {
        boolean digits = Character.isDigit(text.charAt(start));
        int end = start + 1;
        while (end < text.length() && Character.isDigit(text.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    private static boolean isDigitRun(String run) {
        return Character.isDigit(run.charAt(0));
    }
}

package io.paystate.sim;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word a misspelt one was probably meant to be, for "did you mean ...?" hints. */
final class Closest {
    private Closest() {}

    /**
     * Returns the candidate nearest to {@code word} by edit distance (ignoring case), if it is near
     * enough to be a typo: at most a third of the word's length, and at least 2 edits allowed so that
     * short keys still get a hint. A far-off word gets no hint rather than a misleading one.
     */
    static Optional<String> to(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, word.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance, two rows at a time. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package nl.doorstroom.solver.input;

import java.util.Collection;

/**
 * The known name closest to what was typed, for "did you mean ...?": by edit distance (a letter left out, added,
 * changed, or two letters swapped), only when it is close enough to be a slip rather than another name.
 */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The candidate nearest to {@code given}, or null when none is within a slip's distance: one edit for short
     * words, up to a quarter of the length for longer ones, at most three. Ties go to the earlier candidate.
     */
    public static String to(String given, Collection<String> candidates) {
        int allowed = Math.min(3, Math.max(1, given.length() / 4));
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - given.length()) >= bestDistance) {
                continue;
            }
            int distance = distance(given, candidate, bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Optimal string alignment distance; stops counting at {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMinimum = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.min(rowMinimum, value);
            }
            if (rowMinimum >= limit) {
                return limit;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}

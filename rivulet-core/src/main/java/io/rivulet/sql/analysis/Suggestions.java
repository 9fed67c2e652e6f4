package io.rivulet.sql.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a missing name most likely meant, closest first, as Spark's
 * {@code StringUtils.orderSuggestedIdentifiersBySimilarity}: qualifiers all candidates share are stripped, each
 * candidate is quoted part by part ({@code `t1`.`a`}) and ordered by its Levenshtein distance to the missing name as
 * written, ties kept in the order given (Spark gives its input columns sorted by name).
 */
final class Suggestions {
    private Suggestions() {}

    /** The quoted candidates ({@code `a`}, {@code `t`.`a`}) ordered by similarity to {@code missing} (its SQL form). */
    static List<String> ordered(String missing, List<String> missingParts, List<List<String>> candidates) {
        List<List<String>> stripped;
        if (missingParts.size() == 1 && distinctPrefixes(candidates, 1) == 1) {
            stripped = candidates.stream()
                    .map(c -> c.subList(c.size() - 1, c.size()))
                    .toList();
        } else if (missingParts.size() <= 2 && distinctPrefixes(candidates, 2) == 1) {
            stripped = candidates.stream()
                    .map(c -> c.subList(Math.max(0, c.size() - 2), c.size()))
                    .toList();
        } else {
            stripped = candidates;
        }
        List<String> quoted = new ArrayList<>(stripped.size());
        for (List<String> parts : stripped) {
            quoted.add(AnalysisErrors.toSqlId(parts));
        }
        // List.sort is stable: equally close candidates keep their order.
        quoted.sort(Comparator.comparingInt(candidate -> levenshtein(candidate, missing)));
        return quoted;
    }

    private static int distinctPrefixes(List<List<String>> candidates, int dropRight) {
        Set<List<String>> prefixes = new HashSet<>();
        for (List<String> candidate : candidates) {
            prefixes.add(candidate.subList(0, Math.max(0, candidate.size() - dropRight)));
        }
        return prefixes.size();
    }

    /** The edit distance (insertions, deletions, substitutions) between two strings. */
    static int levenshtein(String a, String b) {
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

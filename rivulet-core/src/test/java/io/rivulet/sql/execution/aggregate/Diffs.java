package io.rivulet.sql.execution.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Short failure messages for large results: what differs, a few of each. */
public final class Diffs {
    private Diffs() {}

    /** Nothing when equal; else the first differences of two maps. */
    public static String ofMaps(Map<?, ?> actual, Map<?, ?> expected) {
        List<String> lines = new ArrayList<>();
        Set<Object> keys = new HashSet<>(actual.keySet());
        keys.addAll(expected.keySet());
        for (Object key : keys) {
            Object a = actual.get(key);
            Object e = expected.get(key);
            if (!Objects.equals(a, e) && lines.size() < 8) {
                lines.add(key + ": actual " + a + ", expected " + e);
            }
        }
        return lines.isEmpty()
                ? ""
                : actual.size() + " vs " + expected.size() + " entries; " + String.join("; ", lines);
    }

    /** Nothing when the two lists hold the same rows as many times each; else the first differences. */
    public static String ofBags(List<?> actual, List<?> expected) {
        Map<Object, Integer> counts = new HashMap<>();
        actual.forEach(row -> counts.merge(row, 1, Integer::sum));
        expected.forEach(row -> counts.merge(row, -1, Integer::sum));
        List<String> lines = new ArrayList<>();
        counts.forEach((row, count) -> {
            if (count != 0 && lines.size() < 8) {
                lines.add(row + (count > 0 ? " extra x" + count : " missing x" + -count));
            }
        });
        return lines.isEmpty()
                ? ""
                : actual.size() + " rows vs " + expected.size() + " expected; " + String.join("; ", lines);
    }
}

package io.rivulet.sql.execution.join;

import io.rivulet.sql.plan.JoinType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/** Joins of lists of rows by nested loops: what the operators are checked against. */
final class ReferenceJoin {
    private ReferenceJoin() {}

    /**
     * Rows of {@code left} and {@code right} joined where the key columns ({@code keys} of each side, first
     * columns) are all equal and non-null and {@code residual} holds.
     */
    static List<List<Object>> join(
            JoinType type,
            List<List<Object>> left,
            List<List<Object>> right,
            int keys,
            BiPredicate<List<Object>, List<Object>> residual) {
        List<List<Object>> out = new ArrayList<>();
        boolean[] rightMatched = new boolean[right.size()];
        int leftWidth = left.isEmpty() ? keys + 1 : left.get(0).size();
        int rightWidth = right.isEmpty() ? keys + 1 : right.get(0).size();
        java.util.Map<List<Object>, List<Integer>> index = new java.util.HashMap<>();
        for (int j = 0; j < right.size(); j++) {
            List<Object> key = right.get(j).subList(0, keys);
            index.computeIfAbsent(key, x -> new ArrayList<>()).add(j);
        }
        for (List<Object> l : left) {
            boolean matched = false;
            List<Integer> candidates =
                    keys == 0 ? allIndexes(right.size()) : index.getOrDefault(l.subList(0, keys), List.of());
            for (int j : candidates) {
                List<Object> r = right.get(j);
                if (keysMatch(l, r, keys) && residual.test(l, r)) {
                    matched = true;
                    rightMatched[j] = true;
                    if (type.outputsRight()) {
                        out.add(concat(l, r));
                    }
                }
            }
            if (type == JoinType.LEFT_SEMI && matched || type == JoinType.LEFT_ANTI && !matched) {
                out.add(l);
            }
            if (!matched && (type == JoinType.LEFT_OUTER || type == JoinType.FULL_OUTER)) {
                out.add(concat(l, nulls(rightWidth)));
            }
        }
        if (type == JoinType.RIGHT_OUTER || type == JoinType.FULL_OUTER) {
            for (int j = 0; j < right.size(); j++) {
                if (!rightMatched[j]) {
                    out.add(concat(nulls(leftWidth), right.get(j)));
                }
            }
        }
        return out;
    }

    private static List<Integer> allIndexes(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    private static boolean keysMatch(List<Object> l, List<Object> r, int keys) {
        for (int k = 0; k < keys; k++) {
            if (l.get(k) == null || r.get(k) == null || !Objects.equals(l.get(k), r.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> nulls(int n) {
        return Arrays.asList(new Object[n]);
    }

    static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> row = new ArrayList<>(a);
        row.addAll(b);
        return Collections.unmodifiableList(row);
    }
}

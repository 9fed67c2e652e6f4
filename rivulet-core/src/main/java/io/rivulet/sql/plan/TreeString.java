package io.rivulet.sql.plan;

import java.util.List;
import java.util.function.Function;

/**
 * Prints a tree as Spark prints plans: the root's line, then each child's subtree, the last one under
 * {@code +- } and the others under {@code :- }, with {@code :  } or three spaces before the lines below them.
 */
public final class TreeString {
    private TreeString() {}

    public static String of(LogicalPlan plan) {
        return of(plan, LogicalPlan::nodeString, LogicalPlan::children);
    }

    /** Any tree: {@code line} gives a node's line, {@code children} its children. */
    public static <N> String of(N root, Function<N, String> line, Function<N, List<? extends N>> children) {
        StringBuilder out = new StringBuilder();
        append(out, root, "", "", line, children);
        return out.toString();
    }

    private static <N> void append(
            StringBuilder out,
            N node,
            String firstPrefix,
            String restPrefix,
            Function<N, String> line,
            Function<N, List<? extends N>> children) {
        out.append(firstPrefix).append(line.apply(node)).append('\n');
        List<? extends N> kids = children.apply(node);
        for (int i = 0; i < kids.size(); i++) {
            boolean last = i == kids.size() - 1;
            append(
                    out,
                    kids.get(i),
                    restPrefix + (last ? "+- " : ":- "),
                    restPrefix + (last ? "   " : ":  "),
                    line,
                    children);
        }
    }
}

package io.rivulet.rdd;

import io.rivulet.StorageLevel;
import io.rivulet.storage.BlockManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Prints a lineage as Spark's {@code toDebugString} does: one RDD a line, its partition count in
 * parentheses, each shuffle boundary opening a new indented block marked {@code +-}. Iterative, so long
 * lineages cannot overflow the stack.
 */
public final class DebugString {
    private DebugString() {}

    public static String of(BaseRDD<?> root) {
        StringBuilder out = new StringBuilder();
        Deque<Frame> stack = new ArrayDeque<>();
        String partitions = "(" + root.numPartitions() + ")";
        int leftOffset = (partitions.length() - 1) / 2;
        String nextPrefix = " ".repeat(leftOffset) + "|" + " ".repeat(partitions.length() - leftOffset);
        appendSelf(out, partitions + " ", root, nextPrefix + " ");
        pushChildren(stack, root, nextPrefix);
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            BaseRDD<?> rdd = frame.rdd;
            if (frame.shuffle) {
                String count = "(" + rdd.numPartitions() + ")";
                int offset = (count.length() - 1) / 2;
                String thisPrefix = frame.prefix.replaceAll("\\|\\s+$", "");
                String childPrefix = thisPrefix + (frame.last ? "  " : "| ") + " ".repeat(offset) + "|"
                        + " ".repeat(count.length() - offset);
                appendSelf(out, thisPrefix + "+-" + count + " ", rdd, childPrefix);
                pushChildren(stack, rdd, childPrefix);
            } else {
                appendSelf(out, frame.prefix, rdd, frame.prefix);
                pushChildren(stack, rdd, frame.prefix);
            }
        }
        return out.toString();
    }

    private static void pushChildren(Deque<Frame> stack, BaseRDD<?> rdd, String prefix) {
        List<Dependency> dependencies = rdd.dependencies();
        for (int i = dependencies.size() - 1; i >= 0; i--) {
            Dependency dependency = dependencies.get(i);
            boolean last = i == dependencies.size() - 1;
            stack.push(new Frame(dependency.rdd(), prefix, dependency instanceof ShuffleDependency<?>, last));
        }
    }

    private static void appendSelf(StringBuilder out, String firstLinePrefix, BaseRDD<?> rdd, String morePrefix) {
        if (out.length() > 0) {
            out.append('\n');
        }
        StorageLevel level = rdd.storageLevel();
        out.append(firstLinePrefix)
                .append(rdd)
                .append(" [")
                .append(level == StorageLevel.NONE ? "" : level)
                .append(']');
        if (level != StorageLevel.NONE) {
            BlockManager.StorageSummary stored = rdd.services().blockManager().summary(rdd.id());
            if (stored.blocks() > 0) {
                out.append('\n')
                        .append(morePrefix)
                        .append(String.format(
                                "    CachedPartitions: %d; MemorySize: %d B; DiskSize: %d B",
                                stored.blocks(), stored.memoryBytes(), stored.diskBytes()));
            }
        }
    }

    private record Frame(BaseRDD<?> rdd, String prefix, boolean shuffle, boolean last) {}
}

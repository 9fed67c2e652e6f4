package io.rivulet.bench;

/**
 * What each DataFrame workload's answer is reduced to, the same for every engine: each engine reads its
 * result rows (in its tasks, or from its result set) and feeds them here. Row hashes are summed, so neither
 * the order of the groups nor the partitioning matters; the sort's answer is an ordered checksum
 * ({@link Checksum.OrderedSummary}); the join's is its count and four sums, computed by the engine.
 */
public final class DfChecksums {
    private DfChecksums() {}

    /** A group of the group-by: its key, {@code count(*)} and {@code sum(v)}. */
    public static void groupRow(Checksum.Summary summary, long key, long count, long sum) {
        summary.add(Checksum.hash(key, count, sum));
    }

    /** A group of the filtered aggregation: {@code s}, {@code sum(l)}, {@code avg(d)} (approximate), {@code max(i)}. */
    public static void aggRow(Checksum.Summary summary, String s, long sumL, double avgD, int maxI) {
        summary.add(Checksum.hash(s.hashCode(), sumL, maxI), avgD);
    }

    /** A word and its count. */
    public static void wordRow(Checksum.Summary summary, String word, long count) {
        summary.add(Checksum.hash(word.hashCode(), count), count);
    }

    /** The join's answer: {@code count(*)}, {@code sum(k)}, {@code sum(v)}, {@code sum(p)}, {@code sum(v * p)}. */
    public static Checksum join(long count, long sumK, long sumV, long sumP, long sumVP) {
        return new Checksum(count, Checksum.hash(sumK, sumV, sumP, sumVP), 0);
    }
}

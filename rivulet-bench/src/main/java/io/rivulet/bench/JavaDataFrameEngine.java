package io.rivulet.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The hand-written reference of the DataFrame suite: each workload as plain Java 17 on primitive arrays
 * would do it with two threads (a pool of {@link Sizes#SLOTS}, each taking half of the rows or half of the
 * keys). The sort is a radix sort of each half ({@link LongRadixSort}) and a merge from both ends; the join
 * and the group-by use primitive open-addressing tables ({@link LongHashTable}; keys are never assumed
 * dense). The aggregation input is columns ({@code long[]}, {@code int[]}, {@code double[]}, and a
 * {@code String[]} of shared strings) or the list of records, grouped in a {@code HashMap} by string. As in
 * the RDD suite, the generated inputs are computed inside the timed job ({@link DfData}); what a workload
 * starts from (the columns, the records) is built in {@link #prepare}. The near-limit that the engines'
 * overheads are measured against: no plan, no serialization, no spilling.
 */
public final class JavaDataFrameEngine implements Engine {
    private final Sizes sizes;
    private final ExecutorService pool;
    private Columns columns;
    private List<AggRecord> records;

    /** The aggregation input as columns: what the hand-written code holds instead of a cached DataFrame. */
    private record Columns(long[] l, int[] i, double[] d, String[] s) {
        /** Bytes of the four arrays (4-byte references, as with compressed oops below 32 GB of heap). */
        long bytes() {
            return 8L * l.length + 4L * i.length + 8L * d.length + 4L * s.length;
        }
    }

    public JavaDataFrameEngine(Sizes sizes) {
        this.sizes = sizes;
        this.pool = Executors.newFixedThreadPool(Sizes.SLOTS);
    }

    @Override
    public void prepare(Workload workload) throws Exception {
        int n = Math.toIntExact(sizes.dfAggRows());
        switch (workload) {
            case DF_CACHED_AGG -> {
                columns = new Columns(new long[n], new int[n], new double[n], new String[n]);
                onEachThread(t -> {
                    for (int id = start(t, n); id < start(t + 1, n); id++) {
                        AggRecord row = DfData.record(id);
                        columns.l[id] = row.l();
                        columns.i[id] = row.i();
                        columns.d[id] = row.d();
                        columns.s[id] = row.s();
                    }
                    return null;
                });
            }
            case DF_RECORDS_AGG -> {
                records = new ArrayList<>(n);
                for (long id = 0; id < n; id++) {
                    records.add(DfData.record(id));
                }
            }
            default -> {}
        }
    }

    @Override
    public Map<String, String> info(Workload workload) {
        Map<String, String> info = new LinkedHashMap<>();
        if (workload == Workload.DF_CACHED_AGG) {
            info.put("cachedBytes", Long.toString(columns.bytes()));
        }
        return info;
    }

    @Override
    public Checksum run(Workload workload) throws Exception {
        return switch (workload) {
            case DF_SORT -> sort();
            case DF_JOIN -> join();
            case DF_GROUP_BY -> groupBy();
            case DF_CACHED_AGG -> aggregate(t -> aggregateColumns(t));
            case DF_RECORDS_AGG -> aggregate(t -> aggregateRecords(t));
            case DF_WORDCOUNT -> wordCount();
            default -> throw new IllegalArgumentException(workload.id() + " is not a workload of the DataFrame suite");
        };
    }

    /** Runs {@code task(t)} for each thread {@code t} of the pool and returns the results in order. */
    private <T> List<T> onEachThread(IntFunction<T> task) throws InterruptedException, ExecutionException {
        List<Future<T>> futures = new ArrayList<>();
        for (int t = 0; t < Sizes.SLOTS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> task.apply(thread)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    /** The first row of thread {@code t}'s share of {@code n} rows. */
    private static int start(int t, long n) {
        return (int) Gen.start(t, Sizes.SLOTS, n);
    }

    private static int owner(long key) {
        return (int) Math.floorMod(key, (long) Sizes.SLOTS);
    }

    private Checksum sort() throws Exception {
        int n = Math.toIntExact(sizes.dfSortRows());
        long[] values = new long[n];
        long[] sorted = new long[n];
        int middle = start(1, n);
        onEachThread(t -> {
            int from = start(t, n);
            int to = start(t + 1, n);
            for (int i = from; i < to; i++) {
                values[i] = DfData.sortValue(i);
            }
            LongRadixSort.sort(values, sorted, from, to);
            return null;
        });
        // Merges the two sorted halves: thread 0 from the front, thread 1 from the back, n/2 each.
        onEachThread(t -> {
            if (t == 0) {
                int a = 0;
                int b = middle;
                for (int out = 0; out < middle; out++) {
                    sorted[out] = b >= n || (a < middle && values[a] <= values[b]) ? values[a++] : values[b++];
                }
            } else {
                int a = middle - 1;
                int b = n - 1;
                for (int out = n - 1; out >= middle; out--) {
                    sorted[out] = a < 0 || (b >= middle && values[b] >= values[a]) ? values[b--] : values[a--];
                }
            }
            return null;
        });
        return Checksum.combineOrdered(onEachThread(t -> {
            Checksum.OrderedSummary summary = new Checksum.OrderedSummary();
            for (int i = start(t, n); i < start(t + 1, n); i++) {
                summary.add(sorted[i]);
            }
            return summary.toArray();
        }));
    }

    private Checksum join() throws Exception {
        long rightRows = sizes.dfJoinRight();
        long leftRows = sizes.dfJoinLeft();
        // Thread t holds the right rows whose key is its own (key mod 2 == t); the right side's keys are ids.
        List<LongHashTable> right = onEachThread(t -> {
            LongHashTable table = new LongHashTable(rightRows / Sizes.SLOTS + 1);
            for (long key = 0; key < rightRows; key++) {
                if (owner(key) == t) {
                    table.first[table.insert(key)] = DfData.joinRightPayload(key);
                }
            }
            return table;
        });
        List<long[]> sums = onEachThread(t -> {
            long count = 0;
            long sumK = 0;
            long sumV = 0;
            long sumP = 0;
            long sumVP = 0;
            for (long id = start(t, leftRows); id < start(t + 1, leftRows); id++) {
                long key = DfData.joinLeftKey(id, rightRows);
                LongHashTable table = right.get(owner(key));
                int slot = table.find(key);
                if (slot >= 0) {
                    long v = DfData.joinLeftValue(id);
                    long p = table.first[slot];
                    count++;
                    sumK += key;
                    sumV += v;
                    sumP += p;
                    sumVP += v * p;
                }
            }
            return new long[] {count, sumK, sumV, sumP, sumVP};
        });
        long[] total = new long[5];
        for (long[] part : sums) {
            for (int i = 0; i < total.length; i++) {
                total[i] += part[i];
            }
        }
        return DfChecksums.join(total[0], total[1], total[2], total[3], total[4]);
    }

    private Checksum groupBy() throws Exception {
        long rows = sizes.dfGroupRows();
        long keys = sizes.dfGroupKeys();
        // Each thread counts and sums its half of the rows by key (first: count, second: sum)...
        List<LongHashTable> partial = onEachThread(t -> {
            LongHashTable table = new LongHashTable(Math.min(keys, rows / Sizes.SLOTS + 1));
            for (long id = start(t, rows); id < start(t + 1, rows); id++) {
                int slot = table.insert(DfData.groupKey(id, keys));
                table.first[slot]++;
                table.second[slot] += DfData.groupValue(id);
            }
            return table;
        });
        // ...then thread t merges the keys it owns from both tables.
        List<Checksum.Summary> summaries = onEachThread(t -> {
            Checksum.Summary summary = new Checksum.Summary();
            LongHashTable a = partial.get(0);
            LongHashTable b = partial.get(1);
            for (int slot = 0; slot < a.capacity(); slot++) {
                long key = a.keys[slot];
                if (key != LongHashTable.EMPTY && owner(key) == t) {
                    int other = b.find(key);
                    long count = a.first[slot] + (other >= 0 ? b.first[other] : 0);
                    long sum = a.second[slot] + (other >= 0 ? b.second[other] : 0);
                    DfChecksums.groupRow(summary, key, count, sum);
                }
            }
            for (int slot = 0; slot < b.capacity(); slot++) {
                long key = b.keys[slot];
                if (key != LongHashTable.EMPTY && owner(key) == t && a.find(key) < 0) {
                    DfChecksums.groupRow(summary, key, b.first[slot], b.second[slot]);
                }
            }
            return summary;
        });
        return total(summaries);
    }

    /** The running aggregates of one group of the filtered aggregation. */
    private static final class Group {
        long sumL;
        double sumD;
        long count;
        int maxI = Integer.MIN_VALUE;

        void add(long l, int i, double d) {
            sumL += l;
            sumD += d;
            count++;
            maxI = Math.max(maxI, i);
        }

        void addAll(Group other) {
            sumL += other.sumL;
            sumD += other.sumD;
            count += other.count;
            maxI = Math.max(maxI, other.maxI);
        }
    }

    private Map<String, Group> aggregateColumns(int t) {
        Map<String, Group> groups = new HashMap<>();
        Columns c = columns;
        for (int r = start(t, c.l.length); r < start(t + 1, c.l.length); r++) {
            int i = c.i[r];
            if (DfData.aggFilter(i)) {
                groups.computeIfAbsent(c.s[r], s -> new Group()).add(c.l[r], i, c.d[r]);
            }
        }
        return groups;
    }

    private Map<String, Group> aggregateRecords(int t) {
        Map<String, Group> groups = new HashMap<>();
        for (AggRecord row : records.subList(start(t, records.size()), start(t + 1, records.size()))) {
            if (DfData.aggFilter(row.i())) {
                groups.computeIfAbsent(row.s(), s -> new Group()).add(row.l(), row.i(), row.d());
            }
        }
        return groups;
    }

    /** Each thread groups its half; the two maps (1,000 groups) are merged on the calling thread. */
    private Checksum aggregate(IntFunction<Map<String, Group>> half) throws Exception {
        List<Map<String, Group>> partial = onEachThread(half);
        Map<String, Group> merged = partial.get(0);
        for (int t = 1; t < partial.size(); t++) {
            partial.get(t)
                    .forEach((s, group) -> merged.merge(s, group, (a, b) -> {
                        a.addAll(b);
                        return a;
                    }));
        }
        Checksum.Summary summary = new Checksum.Summary();
        merged.forEach((s, g) -> DfChecksums.aggRow(summary, s, g.sumL, g.sumD / g.count, g.maxI));
        return summary.checksum();
    }

    /** As the RDD suite's hand-written word count: each thread counts the words of half of the file. */
    private Checksum wordCount() throws Exception {
        Path file = sizes.wordsFile();
        long length = Files.size(file);
        long[] bounds = {0, JavaEngine.lineStartAtOrAfter(file, length / 2), length};
        List<Map<String, long[]>> counts = onEachThread(t -> JavaEngine.countWords(file, bounds[t], bounds[t + 1]));
        Map<String, long[]> merged = counts.get(0);
        for (int t = 1; t < counts.size(); t++) {
            counts.get(t).forEach((word, count) -> merged.computeIfAbsent(word, w -> new long[1])[0] += count[0]);
        }
        Checksum.Summary summary = new Checksum.Summary();
        merged.forEach((word, count) -> DfChecksums.wordRow(summary, word, count[0]));
        return summary.checksum();
    }

    private static Checksum total(List<Checksum.Summary> summaries) {
        Checksum.Summary total = new Checksum.Summary();
        summaries.forEach(total::addAll);
        return total.checksum();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

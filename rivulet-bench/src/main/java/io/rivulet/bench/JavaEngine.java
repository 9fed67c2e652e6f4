package io.rivulet.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The hand-written reference: each workload as plain Java 17 would write it for two threads (a pool of
 * {@link Sizes#SLOTS} threads, each taking half of the input), with {@code java.util.HashMap}s for
 * keyed data (the keys are never assumed dense) and a {@code long[]} to sort. No engine, no
 * serialization, no spilling: the near-limit that an engine's overheads are measured against.
 */
public final class JavaEngine implements Engine {
    private final Sizes sizes;
    private final ExecutorService pool;

    public JavaEngine(Sizes sizes) {
        this.sizes = sizes;
        this.pool = Executors.newFixedThreadPool(Sizes.SLOTS);
    }

    @Override
    public Checksum run(Workload workload) throws Exception {
        return switch (workload) {
            case STARTUP -> startup();
            case WORDCOUNT -> wordCount();
            case REDUCE_BY_KEY -> reduceByKey();
            case SORT_BY_KEY -> sortByKey();
            case GROUP_BY_KEY -> groupByKey();
            case JOIN -> join();
            case PAGERANK -> pageRank();
            case TAKE -> take();
            default -> throw new IllegalArgumentException(workload.id() + " is not a workload of the RDD suite");
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

    private static Checksum total(List<Checksum.Summary> summaries) {
        Checksum.Summary total = new Checksum.Summary();
        summaries.forEach(total::addAll);
        return total.checksum();
    }

    private Checksum startup() throws Exception {
        return total(onEachThread(t -> {
            Checksum.Summary summary = new Checksum.Summary();
            for (int x = 1 + t * 500; x <= 500 + t * 500; x++) {
                summary.add(Gen.mix64(2L * x));
            }
            return summary;
        }));
    }

    private Checksum wordCount() throws Exception {
        Path file = sizes.wordsFile();
        long length = Files.size(file);
        long middle = lineStartAtOrAfter(file, length / 2);
        long[] bounds = {0, middle, length};
        List<Map<String, long[]>> counts = onEachThread(t -> countWords(file, bounds[t], bounds[t + 1]));
        Map<String, long[]> merged = counts.get(0);
        for (int t = 1; t < counts.size(); t++) {
            counts.get(t).forEach((word, count) -> merged.computeIfAbsent(word, w -> new long[1])[0] += count[0]);
        }
        Path out = sizes.outputDir("java");
        Files.createDirectories(out);
        try (Writer writer = new BufferedWriter(
                Files.newBufferedWriter(out.resolve("part-00000"), StandardCharsets.UTF_8), 1 << 16)) {
            for (Map.Entry<String, long[]> entry : merged.entrySet()) {
                writer.write("(" + entry.getKey() + "," + entry.getValue()[0] + ")\n");
            }
        }
        return null;
    }

    /** The first byte of the first line that starts at or after {@code position}. */
    static long lineStartAtOrAfter(Path file, long position) throws IOException {
        if (position == 0) {
            return 0;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long at = position - 1;
            while (channel.read(buffer, at) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    at++;
                    if (buffer.get() == '\n') {
                        return at;
                    }
                }
                buffer.clear();
            }
            return channel.size();
        }
    }

    /** Counts the space-separated words of the lines in bytes {@code [from, to)} of a UTF-8 file. */
    static Map<String, long[]> countWords(Path file, long from, long to) {
        Map<String, long[]> counts = new HashMap<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            byte[] bytes = new byte[1 << 20];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long position = from;
            int filled = 0;
            while (position < to) {
                buffer.limit((int) Math.min(bytes.length, filled + (to - position)));
                buffer.position(filled);
                int read = channel.read(buffer, position);
                if (read <= 0) {
                    break;
                }
                position += read;
                filled += read;
                int lineStart = 0;
                for (int i = 0; i < filled; i++) {
                    if (bytes[i] == '\n') {
                        countLine(new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8), counts);
                        lineStart = i + 1;
                    }
                }
                System.arraycopy(bytes, lineStart, bytes, 0, filled - lineStart);
                filled -= lineStart;
            }
            if (filled > 0) {
                countLine(new String(bytes, 0, filled, StandardCharsets.UTF_8), counts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    private static void countLine(String line, Map<String, long[]> counts) {
        int start = 0;
        while (start <= line.length()) {
            int space = line.indexOf(' ', start);
            int end = space < 0 ? line.length() : space;
            counts.computeIfAbsent(line.substring(start, end), w -> new long[1])[0]++;
            start = end + 1;
        }
    }

    private Checksum reduceByKey() throws Exception {
        long n = sizes.reducePairs();
        int keys = sizes.reduceKeys();
        List<Map<Integer, long[]>> partial = onEachThread(t -> {
            Map<Integer, long[]> sums = new HashMap<>();
            for (long i = Gen.start(t, Sizes.SLOTS, n); i < Gen.start(t + 1, Sizes.SLOTS, n); i++) {
                sums.computeIfAbsent(Gen.reduceKey(i, keys), k -> new long[1])[0] += Gen.reduceValue(i);
            }
            return sums;
        });
        // Thread t merges the keys k with k % 2 == t from both halves.
        return total(onEachThread(t -> {
            Checksum.Summary summary = new Checksum.Summary();
            Map<Integer, long[]> first = partial.get(0);
            Map<Integer, long[]> second = partial.get(1);
            first.forEach((key, sum) -> {
                if (key % Sizes.SLOTS == t) {
                    long[] other = second.get(key);
                    summary.add(Checksum.hash(key, sum[0] + (other == null ? 0 : other[0])));
                }
            });
            second.forEach((key, sum) -> {
                if (key % Sizes.SLOTS == t && !first.containsKey(key)) {
                    summary.add(Checksum.hash(key, sum[0]));
                }
            });
            return summary;
        }));
    }

    private Checksum sortByKey() throws Exception {
        long n = sizes.sortKeys();
        long[] keys = new long[Math.toIntExact(n)];
        int middle = (int) Gen.start(1, Sizes.SLOTS, n);
        onEachThread(t -> {
            int from = t == 0 ? 0 : middle;
            int to = t == 0 ? middle : keys.length;
            for (int i = from; i < to; i++) {
                keys[i] = Gen.sortKey(i);
            }
            Arrays.sort(keys, from, to);
            return null;
        });
        // Merges the two sorted halves: thread 0 from the front, thread 1 from the back, n/2 each.
        long[] sorted = new long[keys.length];
        onEachThread(t -> {
            if (t == 0) {
                int a = 0;
                int b = middle;
                for (int out = 0; out < middle; out++) {
                    sorted[out] = b >= keys.length || (a < middle && keys[a] <= keys[b]) ? keys[a++] : keys[b++];
                }
            } else {
                int a = middle - 1;
                int b = keys.length - 1;
                for (int out = keys.length - 1; out >= middle; out--) {
                    sorted[out] = a < 0 || (b >= middle && keys[b] >= keys[a]) ? keys[b--] : keys[a--];
                }
            }
            return null;
        });
        List<long[]> summaries = onEachThread(t -> {
            Checksum.SortedSummary summary = new Checksum.SortedSummary();
            for (int i = t == 0 ? 0 : middle; i < (t == 0 ? middle : sorted.length); i++) {
                summary.add(sorted[i]);
            }
            return summary.toArray();
        });
        return Checksum.combineSorted(summaries);
    }

    private Checksum groupByKey() throws Exception {
        long n = sizes.groupPairs();
        int keys = sizes.groupKeys();
        List<Map<Integer, List<Long>>> partial = onEachThread(t -> {
            Map<Integer, List<Long>> groups = new HashMap<>();
            for (long i = Gen.start(t, Sizes.SLOTS, n); i < Gen.start(t + 1, Sizes.SLOTS, n); i++) {
                groups.computeIfAbsent(Gen.groupKey(i, keys), k -> new ArrayList<>())
                        .add(Gen.groupValue(i));
            }
            return groups;
        });
        return total(onEachThread(t -> {
            Checksum.Summary summary = new Checksum.Summary();
            Map<Integer, List<Long>> first = partial.get(0);
            Map<Integer, List<Long>> second = partial.get(1);
            Map<Integer, List<Long>> merged = new HashMap<>();
            first.forEach((key, values) -> {
                if (key % Sizes.SLOTS == t) {
                    merged.put(key, new ArrayList<>(values));
                }
            });
            second.forEach((key, values) -> {
                if (key % Sizes.SLOTS == t) {
                    merged.computeIfAbsent(key, k -> new ArrayList<>()).addAll(values);
                }
            });
            merged.forEach((key, values) -> {
                long sum = 0;
                for (long value : values) {
                    sum += value;
                }
                summary.add(Checksum.hash(key, values.size(), sum));
            });
            return summary;
        }));
    }

    private Checksum join() throws Exception {
        int rightRows = sizes.joinRight();
        long leftRows = sizes.joinLeft();
        // Thread t builds the hash table of the right-side keys k with k % 2 == t.
        List<Map<Integer, Long>> right = onEachThread(t -> {
            Map<Integer, Long> table = new HashMap<>();
            for (int key = t; key < rightRows; key += Sizes.SLOTS) {
                table.put(key, Gen.joinRightValue(key));
            }
            return table;
        });
        return total(onEachThread(t -> {
            Checksum.Summary summary = new Checksum.Summary();
            for (long i = Gen.start(t, Sizes.SLOTS, leftRows); i < Gen.start(t + 1, Sizes.SLOTS, leftRows); i++) {
                int key = Gen.joinLeftKey(i, rightRows);
                Long match = right.get(key % Sizes.SLOTS).get(key);
                if (match != null) {
                    summary.add(Checksum.hash(key, Gen.joinLeftValue(i), match));
                }
            }
            return summary;
        }));
    }

    private Checksum pageRank() {
        PageRankGraph graph =
                PageRankGraph.generate(sizes.pagerankNodes(), sizes.pagerankEdges(), this::onEachThreadUnchecked);
        Checksum.Summary summary = new Checksum.Summary();
        for (Map<Integer, Double> ranks : graph.run(Sizes.PAGERANK_ITERATIONS, this::onEachThreadUnchecked)) {
            ranks.forEach((node, rank) -> summary.add(Gen.mix64(node), rank * (node % 7 + 1)));
        }
        return summary.checksum();
    }

    private <T> List<T> onEachThreadUnchecked(IntFunction<T> task) {
        try {
            return onEachThread(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Checksum take() throws IOException {
        Checksum.Summary summary = new Checksum.Summary();
        try (BufferedReader reader = Files.newBufferedReader(sizes.wordsFile(), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 10; i++) {
                String line = reader.readLine();
                if (line == null) {
                    break;
                }
                summary.add(Gen.mix64(line.hashCode()), line.length());
            }
        }
        return summary.checksum();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

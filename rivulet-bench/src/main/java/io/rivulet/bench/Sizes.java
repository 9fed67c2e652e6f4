package io.rivulet.bench;

import java.nio.file.Path;

/**
 * The sizes of every workload at a scale (1 is the sizes, 0.1 is {@code --quick}), and where the
 * file-based workloads read and write.
 *
 * @param scale the fraction of the full sizes
 * @param wordsFile the Zipf word file of the word count and take workloads
 * @param outputDir where the word count writes (one sub-directory per engine)
 */
public record Sizes(double scale, Path wordsFile, Path outputDir) {
    /** Slots of every engine: {@code local[2]}, two threads for the hand-written code. */
    public static final int SLOTS = 2;

    /** Partitions of the generated inputs, and so of the shuffles that follow them. */
    public static final int PARTITIONS = 8;

    public static final int PAGERANK_ITERATIONS = 10;

    /** Bytes of the word file at full scale: 1 GiB. */
    public static final long WORDS_BYTES = 1L << 30;

    public long wordsBytes() {
        return scaled(WORDS_BYTES);
    }

    public long reducePairs() {
        return scaled(50_000_000);
    }

    public int reduceKeys() {
        return (int) scaled(1_000_000);
    }

    public long sortKeys() {
        return scaled(20_000_000);
    }

    public long groupPairs() {
        return scaled(10_000_000);
    }

    public int groupKeys() {
        return (int) scaled(100_000);
    }

    public long joinLeft() {
        return scaled(10_000_000);
    }

    public int joinRight() {
        return (int) scaled(1_000_000);
    }

    public int pagerankNodes() {
        return (int) scaled(1_000_000);
    }

    public long pagerankEdges() {
        return scaled(10_000_000);
    }

    /** The DataFrame suite's sort: rows of {@code xxhash64(id)}. */
    public long dfSortRows() {
        return scaled(20_000_000);
    }

    /** The DataFrame suite's join: rows of the left side, each matching one right row. */
    public long dfJoinLeft() {
        return scaled(10_000_000);
    }

    /** The DataFrame suite's join: rows of the right side, keys 0 to this minus one. */
    public long dfJoinRight() {
        return scaled(1_000_000);
    }

    public long dfGroupRows() {
        return scaled(20_000_000);
    }

    public long dfGroupKeys() {
        return scaled(1_000_000);
    }

    /** Rows of the (long, int, double, string) input of the two aggregation workloads. */
    public long dfAggRows() {
        return scaled(20_000_000);
    }

    /** Bytes of each file of the files suite (the CSV file and the JSON Lines file) at full scale: 1 GiB. */
    public static final long FILES_BYTES = 1L << 30;

    public long filesBytes() {
        return scaled(FILES_BYTES);
    }

    /** The files suite's CSV file, beside the word file ({@link FilesData}). */
    public Path csvFile() {
        return wordsFile.resolveSibling("files-" + filesBytes() + ".csv");
    }

    /** The files suite's JSON Lines file, beside the word file ({@link FilesData}). */
    public Path jsonFile() {
        return wordsFile.resolveSibling("files-" + filesBytes() + ".jsonl");
    }

    /** The output directory of one engine. */
    public Path outputDir(String engine) {
        return outputDir.resolve(engine + "-wordcount");
    }

    private long scaled(long full) {
        return Math.max(1, Math.round(full * scale));
    }
}

package io.rivulet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The answer of one run, summarized so that every engine must produce the same one: the number of
 * records, a wrapping sum of a hash of each record (independent of order and partitioning) and, for
 * floating-point results, a sum compared with a relative tolerance (summation order differs by engine).
 *
 * @param count records in the answer
 * @param hash the sum of each record's hash
 * @param approx a sum of doubles, equal across engines up to rounding
 */
public record Checksum(long count, long hash, double approx) {
    private static final double TOLERANCE = 1e-9;

    /** The hash of a record of two numbers. */
    public static long hash(long a, long b) {
        return Gen.mix64(Gen.mix64(a) + b);
    }

    /** The hash of a record of three numbers. */
    public static long hash(long a, long b, long c) {
        return Gen.mix64(hash(a, b) + c);
    }

    /** The hash of a record of four numbers. */
    public static long hash(long a, long b, long c, long d) {
        return Gen.mix64(hash(a, b, c) + d);
    }

    public boolean matches(Checksum other) {
        double scale = Math.max(1, Math.max(Math.abs(approx), Math.abs(other.approx)));
        return count == other.count && hash == other.hash && Math.abs(approx - other.approx) <= TOLERANCE * scale;
    }

    /** The line a child process prints: three fields, read back by {@link #parse}. */
    public String format() {
        return count + " " + hash + " " + Double.toHexString(approx);
    }

    public static Checksum parse(String[] fields, int from) {
        return new Checksum(
                Long.parseLong(fields[from]), Long.parseLong(fields[from + 1]), Double.parseDouble(fields[from + 2]));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "count=%d hash=%016x approx=%.9g", count, hash, approx);
    }

    /** The sum of per-partition summaries, as returned by {@link Summary#toArray()}. */
    public static Checksum combine(List<long[]> summaries) {
        Summary total = new Summary();
        for (long[] summary : summaries) {
            total.count += summary[0];
            total.hash += summary[1];
            total.approx += Double.longBitsToDouble(summary[2]);
        }
        return total.checksum();
    }

    /**
     * The checksum of a directory of text output: the lines of its {@code part-*} files, each hashed as a
     * string, and the sum of the number after each line's last comma (the counts of a word count).
     */
    public static Checksum ofTextOutput(Path dir) {
        Summary summary = new Summary();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .toList()) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                        int comma = line.lastIndexOf(',');
                        double number = Long.parseLong(line.substring(comma + 1, line.length() - 1));
                        summary.add(Gen.mix64(line.hashCode()), number);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output in " + dir, e);
        }
        return summary.checksum();
    }

    /**
     * The sum of per-partition summaries of a sorted output, as returned by {@link SortedSummary#toArray()}
     * in partition order.
     *
     * @throws IllegalStateException if a partition is out of order, or the partitions are
     */
    public static Checksum combineSorted(List<long[]> summaries) {
        long previous = Long.MIN_VALUE;
        for (int p = 0; p < summaries.size(); p++) {
            long[] summary = summaries.get(p);
            if (summary[5] == 0) {
                throw new IllegalStateException("partition " + p + " of the sorted output is not sorted");
            }
            if (summary[0] > 0) {
                if (summary[3] < previous) {
                    throw new IllegalStateException("partition " + p + " starts at " + summary[3]
                            + ", below the end of the partition before it: " + previous);
                }
                previous = summary[4];
            }
        }
        return combine(summaries);
    }

    /** A summary of a sorted partition: also its first and last keys and whether it is in order. */
    public static final class SortedSummary {
        private final Summary summary = new Summary();
        private long first;
        private long last;
        private boolean sorted = true;

        public void add(long key) {
            if (summary.count == 0) {
                first = key;
            } else if (key < last) {
                sorted = false;
            }
            last = key;
            summary.add(Gen.mix64(key));
        }

        public long[] toArray() {
            long[] head = summary.toArray();
            return new long[] {head[0], head[1], head[2], first, last, sorted ? 1 : 0};
        }
    }

    /** A mutable checksum that a task fills record by record. */
    public static final class Summary {
        private long count;
        private long hash;
        private double approx;

        public void add(long recordHash) {
            count++;
            hash += recordHash;
        }

        public void add(long recordHash, double value) {
            add(recordHash);
            approx += value;
        }

        public void addAll(Summary other) {
            count += other.count;
            hash += other.hash;
            approx += other.approx;
        }

        /** Three longs, so that every engine ships it without a serializer of its own. */
        public long[] toArray() {
            return new long[] {count, hash, Double.doubleToLongBits(approx)};
        }

        public Checksum checksum() {
            return new Checksum(count, hash, approx);
        }
    }

    /**
     * The checksum of a sequence in its order, from the {@link OrderedSummary#toArray()} of its consecutive
     * pieces (a sorted output's partitions, in partition order): the count, and a hash that changes when
     * any two unequal values trade places. The pieces are also checked to be in ascending order, within and
     * across pieces.
     *
     * @throws IllegalStateException if a piece is out of order, or the pieces are
     */
    public static Checksum combineOrdered(List<long[]> pieces) {
        long count = 0;
        long hash = 0;
        long previous = Long.MIN_VALUE;
        for (int p = 0; p < pieces.size(); p++) {
            long[] piece = pieces.get(p);
            if (piece[4] == 0) {
                throw new IllegalStateException("piece " + p + " of the sorted output is not in order");
            }
            if (piece[0] == 0) {
                continue;
            }
            if (piece[2] < previous) {
                throw new IllegalStateException("piece " + p + " starts at " + piece[2]
                        + ", below the end of the piece before it: " + previous);
            }
            previous = piece[3];
            hash = hash * OrderedSummary.power(piece[0]) + piece[1];
            count += piece[0];
        }
        return new Checksum(count, hash, 0);
    }

    /**
     * An order-sensitive summary of a sequence of longs: {@code hash = sum of mix64(x[i]) * F^(n-1-i)}
     * (wrapping), filled value by value as Horner's rule ({@code hash = hash * F + mix64(x)}), so that
     * consecutive pieces combine as {@code hash(a) * F^count(b) + hash(b)} ({@link #combineOrdered}).
     * It also keeps the first and last values and whether the values came in ascending order.
     */
    public static final class OrderedSummary {
        /** An odd factor: multiplying by it is a bijection on longs. */
        static final long FACTOR = 0x9E3779B97F4A7C15L;

        private long count;
        private long hash;
        private long first;
        private long last;
        private boolean sorted = true;

        public void add(long value) {
            if (count == 0) {
                first = value;
            } else if (value < last) {
                sorted = false;
            }
            last = value;
            count++;
            hash = hash * FACTOR + Gen.mix64(value);
        }

        /** Five longs: count, hash, first, last, 1 if in order. */
        public long[] toArray() {
            return new long[] {count, hash, first, last, sorted ? 1 : 0};
        }

        /** {@code FACTOR^n}, wrapping, by squaring. */
        static long power(long n) {
            long result = 1;
            long base = FACTOR;
            for (long e = n; e > 0; e >>>= 1) {
                if ((e & 1) != 0) {
                    result *= base;
                }
                base *= base;
            }
            return result;
        }
    }
}

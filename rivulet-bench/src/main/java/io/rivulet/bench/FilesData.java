package io.rivulet.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * The files of the files suite: a CSV file (with a header) and a JSON Lines file of the same generated
 * rows, each written until it reaches its size (so the JSON file, whose rows are longer, holds the first
 * rows of the CSV file's), and the answers of the suite's queries computed from the generator alone.
 *
 * <p>Row {@code i} has ten columns, each a pure function of {@code i} (SplitMix64's mixing function, as
 * {@link Gen}): {@code id} (= i), {@code a} (a long in [-1,000,000, 1,000,000)), {@code b} (a long in
 * [0, 1000): {@code b < 100} selects a tenth of the rows), {@code x}, {@code y}, {@code z} (doubles, multiples
 * of 1/64 below 65,536 in magnitude, written exactly in at most six decimals: every sum of them is exact, in
 * any order, so engines agree on them to the bit), {@code s1} (one of 1,000 words of 3 to 12 letters),
 * {@code s2} (3 to 24 letters, digits, dashes and underscores, different in every row), {@code d1} (a date
 * from 1970 to 2024) and {@code d2} ({@code d1} plus 0 to 365 days). No value needs quoting or escaping.
 */
public final class FilesData {
    /** The columns, as a DDL schema string (Spark's and Rivulet's {@code schema(String)}). */
    public static final String SCHEMA =
            "id BIGINT, a BIGINT, b BIGINT, x DOUBLE, y DOUBLE, z DOUBLE, s1 STRING," + " s2 STRING, d1 DATE, d2 DATE";

    /** The columns as DuckDB's {@code columns} argument of {@code read_csv} and {@code read_json}. */
    public static final String DUCKDB_COLUMNS = "{'id': 'BIGINT', 'a': 'BIGINT', 'b': 'BIGINT', 'x': 'DOUBLE',"
            + " 'y': 'DOUBLE', 'z': 'DOUBLE', 's1': 'VARCHAR', 's2': 'VARCHAR', 'd1': 'DATE', 'd2': 'DATE'}";

    /** The filter-sum's threshold: {@code b < 100}, a tenth of the rows. */
    public static final long B_THRESHOLD = 100;

    static final String HEADER = "id,a,b,x,y,z,s1,s2,d1,d2";

    private static final long A = 0xF11E_0001L;
    private static final long B = 0xF11E_0002L;
    private static final long X = 0xF11E_0003L;
    private static final long Y = 0xF11E_0004L;
    private static final long Z = 0xF11E_0005L;
    private static final long S1 = 0xF11E_0006L;
    private static final long S2 = 0xF11E_0007L;
    private static final long D1 = 0xF11E_0008L;
    private static final long D2 = 0xF11E_0009L;

    static final int WORDS = 1000;
    static final int DAYS = 20_000;
    private static final int MAX_DAYS = DAYS + 366;
    private static final byte[][] WORD_BYTES = new byte[WORDS][];
    private static final byte[][] DATE_BYTES = new byte[MAX_DAYS][];
    private static final byte[] S2_ALPHABET =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_".getBytes(StandardCharsets.US_ASCII);

    static {
        for (int k = 0; k < WORDS; k++) {
            long r = random(k, S1 ^ 0xABCD);
            int length = 3 + (int) Math.floorMod(r, 10L);
            byte[] word = new byte[length];
            for (int c = 0; c < length; c++) {
                word[c] = (byte) ('a' + Math.floorMod(random(k * 16L + c, S1), 26L));
            }
            WORD_BYTES[k] = word;
        }
        for (int day = 0; day < MAX_DAYS; day++) {
            DATE_BYTES[day] = LocalDate.ofEpochDay(day).toString().getBytes(StandardCharsets.US_ASCII);
        }
    }

    private FilesData() {}

    private static long random(long i, long salt) {
        return Gen.mix64(i * 0x9E3779B97F4A7C15L + salt);
    }

    public static long a(long i) {
        return Math.floorMod(random(i, A), 2_000_000L) - 1_000_000;
    }

    public static long b(long i) {
        return Math.floorMod(random(i, B), 1000L);
    }

    /** {@code x}'s 64ths: in [0, 2^22). */
    static long x64(long i) {
        return random(i, X) & ((1L << 22) - 1);
    }

    /** {@code y}'s 64ths: in [-2^21, 2^21). */
    static long y64(long i) {
        return (random(i, Y) & ((1L << 22) - 1)) - (1L << 21);
    }

    /** {@code z}'s 64ths: in [0, 2^12), small values. */
    static long z64(long i) {
        return random(i, Z) & ((1L << 12) - 1);
    }

    public static double x(long i) {
        return x64(i) / 64.0;
    }

    public static double y(long i) {
        return y64(i) / 64.0;
    }

    public static double z(long i) {
        return z64(i) / 64.0;
    }

    static int s1Index(long i) {
        return (int) Math.floorMod(random(i, S1), (long) WORDS);
    }

    public static int s1Length(long i) {
        return WORD_BYTES[s1Index(i)].length;
    }

    public static int s2Length(long i) {
        return 3 + (int) Math.floorMod(random(i, S2), 22L);
    }

    /** {@code d1}'s days since 1970-01-01. */
    public static int d1(long i) {
        return (int) Math.floorMod(random(i, D1), (long) DAYS);
    }

    public static int d2(long i) {
        return d1(i) + (int) Math.floorMod(random(i, D2), 366L);
    }

    /** Generates the two files of {@code sizes} if they are missing, each into a temporary file renamed when complete. */
    static void ensure(Sizes sizes) throws IOException {
        for (boolean json : new boolean[] {false, true}) {
            Path file = json ? sizes.jsonFile() : sizes.csvFile();
            if (!Files.isRegularFile(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path partial = file.resolveSibling(file.getFileName() + ".partial");
                System.out.printf(
                        "Generating %s (%,d bytes of %s)...%n", file, sizes.filesBytes(), json ? "JSON Lines" : "CSV");
                write(partial, sizes.filesBytes(), json);
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Writes rows 0, 1, ... until the file has at least {@code bytes} bytes; returns the number of rows. */
    static long write(Path file, long bytes, boolean json) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Ascii buffer = new Ascii(out);
            if (!json) {
                buffer.put(HEADER.getBytes(StandardCharsets.US_ASCII)).put('\n');
            }
            long rows = 0;
            while (buffer.written() < bytes) {
                if (json) {
                    jsonRow(buffer, rows);
                } else {
                    csvRow(buffer, rows);
                }
                rows++;
            }
            buffer.flush();
            return rows;
        }
    }

    private static void csvRow(Ascii out, long i) {
        out.put(i).put(',').put(a(i)).put(',').put(b(i)).put(',');
        out.put64ths(x64(i)).put(',').put64ths(y64(i)).put(',').put64ths(z64(i)).put(',');
        out.put(WORD_BYTES[s1Index(i)]).put(',');
        s2(out, i);
        out.put(',').put(DATE_BYTES[d1(i)]).put(',').put(DATE_BYTES[d2(i)]).put('\n');
    }

    private static void jsonRow(Ascii out, long i) {
        out.put("{\"id\":").put(i).put(",\"a\":").put(a(i)).put(",\"b\":").put(b(i));
        out.put(",\"x\":")
                .put64ths(x64(i))
                .put(",\"y\":")
                .put64ths(y64(i))
                .put(",\"z\":")
                .put64ths(z64(i));
        out.put(",\"s1\":\"").put(WORD_BYTES[s1Index(i)]).put("\",\"s2\":\"");
        s2(out, i);
        out.put("\",\"d1\":\"")
                .put(DATE_BYTES[d1(i)])
                .put("\",\"d2\":\"")
                .put(DATE_BYTES[d2(i)])
                .put("\"}\n");
    }

    private static void s2(Ascii out, long i) {
        int length = s2Length(i);
        long r = 0;
        for (int c = 0; c < length; c++) {
            if (c % 10 == 0) {
                r = random(i * 4 + c / 10, S2 + 1);
            }
            out.put(S2_ALPHABET[(int) (r & 63)]);
            r >>>= 6;
        }
    }

    /** The answers of the suite's queries over rows 0 to {@code rows} - 1, from the generator. */
    static Checksum answer(Workload workload, long rows) {
        return switch (workload) {
            case CSV_COUNT, JSON_COUNT -> count(rows);
            case CSV_FILTER_SUM, JSON_FILTER_SUM -> {
                double sumX = 0;
                long sumA = 0;
                for (long i = 0; i < rows; i++) {
                    if (b(i) < B_THRESHOLD) {
                        sumX += x(i);
                        sumA += a(i);
                    }
                }
                yield filterSum(sumX, sumA);
            }
            case CSV_PROJECT, JSON_PROJECT -> {
                long[] longs = new long[7];
                double[] doubles = new double[3];
                for (long i = 0; i < rows; i++) {
                    longs[0] += i;
                    longs[1] += a(i);
                    longs[2] += b(i);
                    doubles[0] += x(i);
                    doubles[1] += y(i);
                    doubles[2] += z(i);
                    longs[3] += s1Length(i);
                    longs[4] += s2Length(i);
                    longs[5] += d1(i);
                    longs[6] += d2(i);
                }
                yield project(
                        rows,
                        longs[0],
                        longs[1],
                        longs[2],
                        doubles[0],
                        doubles[1],
                        doubles[2],
                        longs[3],
                        longs[4],
                        longs[5],
                        longs[6]);
            }
            default -> throw new IllegalArgumentException(workload.id() + " is not a workload of the files suite");
        };
    }

    /** {@code count(*)}. */
    public static Checksum count(long rows) {
        return new Checksum(rows, Gen.mix64(rows), 0);
    }

    /** {@code sum(x), sum(a) WHERE b < 100}: exact (see the class comment), so hashed to the bit. */
    public static Checksum filterSum(double sumX, long sumA) {
        return new Checksum(1, Checksum.hash(Double.doubleToLongBits(sumX), sumA), sumX);
    }

    /**
     * The full projection: {@code count(*)}, the sums of the longs, of the doubles, of the strings' lengths and
     * of the dates' days since 1970-01-01.
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static Checksum project(
            long count,
            long sumId,
            long sumA,
            long sumB,
            double sumX,
            double sumY,
            double sumZ,
            long lengthS1,
            long lengthS2,
            long daysD1,
            long daysD2) {
        long longs = Checksum.hash(sumId, sumA, sumB, lengthS1);
        long rest = Checksum.hash(lengthS2, daysD1, daysD2, longs);
        long doubles = Checksum.hash(
                Double.doubleToLongBits(sumX), Double.doubleToLongBits(sumY), Double.doubleToLongBits(sumZ), rest);
        return new Checksum(count, doubles, sumX + sumY + sumZ);
    }

    /** A buffered writer of ASCII: bytes, decimal longs and multiples of 1/64 written exactly. */
    private static final class Ascii {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 20];
        private int position;
        private long flushed;

        Ascii(OutputStream out) {
            this.out = out;
        }

        long written() {
            return flushed + position;
        }

        Ascii put(char c) {
            if (position == buffer.length) {
                flush();
            }
            buffer[position++] = (byte) c;
            return this;
        }

        Ascii put(byte b) {
            return put((char) b);
        }

        Ascii put(byte[] bytes) {
            if (position + bytes.length > buffer.length) {
                flush();
            }
            System.arraycopy(bytes, 0, buffer, position, bytes.length);
            position += bytes.length;
            return this;
        }

        Ascii put(String ascii) {
            for (int c = 0; c < ascii.length(); c++) {
                put(ascii.charAt(c));
            }
            return this;
        }

        Ascii put(long value) {
            if (position + 20 > buffer.length) {
                flush();
            }
            if (value < 0) {
                buffer[position++] = '-';
                value = -value;
            }
            int digits = 1;
            for (long v = value / 10; v > 0; v /= 10) {
                digits++;
            }
            for (int d = digits - 1; d >= 0; d--) {
                buffer[position + d] = (byte) ('0' + value % 10);
                value /= 10;
            }
            position += digits;
            return this;
        }

        /** {@code sixtyFourths / 64} in decimal, exactly: an integer part, a point and one to six decimals. */
        Ascii put64ths(long sixtyFourths) {
            if (sixtyFourths < 0) {
                put('-');
                sixtyFourths = -sixtyFourths;
            }
            put(sixtyFourths >> 6).put('.');
            long fraction = (sixtyFourths & 63) * 15625; // millionths
            int digits = 6;
            while (digits > 1 && fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            for (long scale = pow10(digits - 1); scale > 0; scale /= 10) {
                put((char) ('0' + fraction / scale % 10));
            }
            return this;
        }

        private static long pow10(int n) {
            long p = 1;
            for (int k = 0; k < n; k++) {
                p *= 10;
            }
            return p;
        }

        void flush() {
            try {
                out.write(buffer, 0, position);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            flushed += position;
            position = 0;
        }
    }
}

package io.rivulet.bench;

/**
 * The generated inputs of the DataFrame suite, the same for every engine. Row {@code id} of an input is a
 * function of {@code id} through Spark's {@code xxhash64} ({@link XxHash64}), so that a DataFrame engine
 * computes it from {@code range(n)} with built-in functions (the Spark expression is given with each
 * value), and the hand-written code and DuckDB's loader compute the same values with {@link XxHash64}.
 * Every modulus is positive, so Spark's {@code pmod} is {@link Math#floorMod}; every value is small enough
 * that no sum of the suite overflows a long at the full sizes (Spark 4 runs with ANSI mode on, where an
 * overflow is an error).
 */
public final class DfData {
    /** The salts: the second argument of {@code xxhash64(col("id"), lit(salt))}. */
    static final long JOIN_KEY = 1;

    static final long JOIN_PAYLOAD = 2;
    static final long GROUP_KEY = 3;
    static final long GROUP_VALUE = 4;
    static final long AGG_L = 5;
    static final long AGG_I = 6;
    static final long AGG_D = 7;
    static final long AGG_S = 8;

    /** Distinct payloads of the join's right side, values of the group-by. */
    public static final long SMALL = 1000;

    /** The range of the aggregation input's {@code l}, {@code i} and {@code d * 1000}. */
    public static final long AGG_RANGE = 1_000_000;

    /** Distinct strings of the aggregation input's {@code s}. */
    public static final int STRINGS = 1000;

    /** The distinct strings, shared by every record (as strings read through a dictionary would be). */
    private static final String[] STRING_VALUES = new String[STRINGS];

    static {
        for (int k = 0; k < STRINGS; k++) {
            STRING_VALUES[k] = "s" + k;
        }
    }

    private DfData() {}

    /** The sort's value: {@code xxhash64(col("id"))}. */
    public static long sortValue(long id) {
        return XxHash64.of(id);
    }

    /** The left side's key: {@code pmod(xxhash64(col("id"), lit(1L)), lit(rightRows))}; one right row each. */
    public static long joinLeftKey(long id, long rightRows) {
        return Math.floorMod(XxHash64.of(id, JOIN_KEY), rightRows);
    }

    /** The left side's value: {@code col("id")}. */
    public static long joinLeftValue(long id) {
        return id;
    }

    /** The right side's payload (its key is {@code col("id")}): {@code pmod(xxhash64(col("id"), lit(2L)), lit(1000L))}. */
    public static long joinRightPayload(long key) {
        return Math.floorMod(XxHash64.of(key, JOIN_PAYLOAD), SMALL);
    }

    /** The group-by's key: {@code pmod(xxhash64(col("id"), lit(3L)), lit(keys))}. */
    public static long groupKey(long id, long keys) {
        return Math.floorMod(XxHash64.of(id, GROUP_KEY), keys);
    }

    /** The group-by's value: {@code pmod(xxhash64(col("id"), lit(4L)), lit(1000L))}. */
    public static long groupValue(long id) {
        return Math.floorMod(XxHash64.of(id, GROUP_VALUE), SMALL);
    }

    /** {@code l}: {@code pmod(xxhash64(col("id"), lit(5L)), lit(1000000L))}. */
    public static long aggL(long id) {
        return Math.floorMod(XxHash64.of(id, AGG_L), AGG_RANGE);
    }

    /** {@code i}: {@code pmod(xxhash64(col("id"), lit(6L)), lit(1000000L)).cast("int")}. */
    public static int aggI(long id) {
        return (int) Math.floorMod(XxHash64.of(id, AGG_I), AGG_RANGE);
    }

    /** {@code d}: {@code pmod(xxhash64(col("id"), lit(7L)), lit(1000000L)).divide(1000.0)}, in [0, 1000). */
    public static double aggD(long id) {
        return Math.floorMod(XxHash64.of(id, AGG_D), AGG_RANGE) / 1000.0;
    }

    /** The index of {@code s}: {@code pmod(xxhash64(col("id"), lit(8L)), lit(1000L))}. */
    public static int aggStringIndex(long id) {
        return (int) Math.floorMod(XxHash64.of(id, AGG_S), (long) STRINGS);
    }

    /** {@code s}: {@code concat(lit("s"), pmod(xxhash64(col("id"), lit(8L)), lit(1000L)).cast("string"))}. */
    public static String aggS(long id) {
        return STRING_VALUES[aggStringIndex(id)];
    }

    /** Row {@code id} of the aggregation input. */
    public static AggRecord record(long id) {
        return new AggRecord(aggL(id), aggI(id), aggD(id), aggS(id));
    }

    /** The query's filter, {@code i % 10 <> 0}. */
    public static boolean aggFilter(int i) {
        return i % 10 != 0;
    }
}

package io.rivulet.sql.expr;

import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.vector.ColumnBatch;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The built-in scalar functions: strings, math, hashes, collections, casts by type name, the row's place in its
 * task, and every {@link ScalarKernel} (dates and times are {@link DateTimeBuiltins}'). Names and argument counts are
 * Spark 4's; where Spark makes trailing arguments optional the builder fills Spark's defaults, since the nodes and
 * kernels take every argument. {@code struct}, {@code named_struct}, {@code array}, {@code map} are {@link
 * OperatorBuiltins}' (the parser emits them).
 */
final class ScalarBuiltins {
    private ScalarBuiltins() {}

    static void register(FunctionRegistry registry, EvalMode mode) {
        strings(registry);
        math(registry);
        hashes(registry);
        collections(registry, mode);
        partitions(registry);
        casts(registry, mode);
        DateTimeBuiltins.register(registry, mode);
        kernels(registry);
    }

    private static void strings(FunctionRegistry registry) {
        for (StringUnary.Kind kind : StringUnary.Kind.values()) {
            if (kind != StringUnary.Kind.REVERSE) {
                unary(registry, kind.function(), x -> new StringUnary(kind, x));
            }
        }
        // Spark's reverse takes a string or an array: the string node (vectorised) or the array kernel, by type
        unary(
                registry,
                "reverse",
                x -> x.dataType() instanceof ArrayType
                        ? ScalarFunction.of("reverse", x)
                        : new StringUnary(StringUnary.Kind.REVERSE, x));
        for (String name : List.of("length", "char_length", "character_length", "len", "octet_length", "bit_length")) {
            unary(registry, name, x -> new Length(x, name));
        }
        for (String name : List.of("substring", "substr")) {
            ranged(
                    registry,
                    name,
                    2,
                    3,
                    a -> new Substring(
                            a.get(0), a.get(1), a.size() == 3 ? a.get(2) : Literal.of(Integer.MAX_VALUE), name));
        }
        binary(registry, "startswith", StartsWith::new);
        binary(registry, "endswith", EndsWith::new);
        binary(registry, "contains", Contains::new);
    }

    private static void math(FunctionRegistry registry) {
        for (MathUnary.Kind kind : MathUnary.Kind.values()) {
            unary(registry, kind.function(), x -> new MathUnary(kind, x));
        }
        for (MathBinary.Kind kind : MathBinary.Kind.values()) {
            if (kind != MathBinary.Kind.LOG) {
                binary(registry, kind.function(), (x, y) -> new MathBinary(kind, x, y));
            }
        }
        // log(x) is the natural logarithm, log(base, x) the other
        ranged(
                registry,
                "log",
                1,
                2,
                a -> a.size() == 1
                        ? new MathUnary(MathUnary.Kind.LN, a.get(0))
                        : new MathBinary(MathBinary.Kind.LOG, a.get(0), a.get(1)));
        unary(registry, "floor", x -> new FloorCeil(x, false));
        unary(registry, "ceil", x -> new FloorCeil(x, true));
        unary(registry, "ceiling", x -> new FloorCeil(x, true, "ceiling"));
        ranged(registry, "round", 1, 2, a -> new Round(a.get(0), scale(a), false));
        ranged(registry, "bround", 1, 2, a -> new Round(a.get(0), scale(a), true));
    }

    private static Expression scale(List<Expression> arguments) {
        return arguments.size() == 2 ? arguments.get(1) : Literal.of(0);
    }

    private static void hashes(FunctionRegistry registry) {
        // Spark refuses hash() with no column; the nodes take Spark's seed, 42
        ranged(registry, "hash", 1, Integer.MAX_VALUE, Murmur3Hash::new);
        ranged(registry, "xxhash64", 1, Integer.MAX_VALUE, XxHash64::new);
    }

    private static void collections(FunctionRegistry registry, EvalMode mode) {
        for (String name : List.of("size", "cardinality")) {
            unary(registry, name, x -> new Size(x, name));
        }
        binary(registry, "element_at", (x, key) -> new ElementAt(x, key, mode));
        binary(registry, "try_element_at", (x, key) -> new ElementAt(x, key, EvalMode.TRY));
    }

    private static void partitions(FunctionRegistry registry) {
        nullary(registry, "spark_partition_id", () -> PartitionFunction.of(PartitionFunction.Kind.SPARK_PARTITION_ID));
        nullary(
                registry,
                "monotonically_increasing_id",
                () -> PartitionFunction.of(PartitionFunction.Kind.MONOTONICALLY_INCREASING_ID));
        // a seed per call, as Spark's, so that two uuid() columns differ
        nullary(
                registry,
                "uuid",
                () -> new PartitionFunction(
                        PartitionFunction.Kind.UUID, ThreadLocalRandom.current().nextLong()));
        for (String name : List.of("rand", "random", "randn")) {
            boolean gaussian = name.equals("randn");
            ranged(
                    registry,
                    name,
                    0,
                    1,
                    a -> a.isEmpty()
                            ? new Rand(ThreadLocalRandom.current().nextLong(), gaussian, true)
                            : new Rand(seed(name, a.get(0)), gaussian, false));
        }
    }

    /** The seed of {@code rand(seed)}: Spark takes a constant int or bigint, a null as 0. */
    private static long seed(String name, Expression seed) {
        DataType type = seed.dataType();
        if (!(type instanceof IntegerType || type instanceof LongType || type instanceof NullType)) {
            throw new AnalysisException(
                    "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                    "Cannot resolve \"" + name + "(" + seed.sql() + ")\" due to data type mismatch: The first parameter"
                            + " requires the (\"INT\" or \"BIGINT\") type, however " + Errors.expr(seed)
                            + " has the type " + Errors.type(type) + ".");
        }
        if (!seed.foldable()) {
            throw new AnalysisException(
                    "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                    "Cannot resolve \"" + name + "(" + seed.sql() + ")\" due to data type mismatch: the input `seed`"
                            + " should be a foldable (\"INT\" or \"BIGINT\") expression; however, got "
                            + Errors.expr(seed) + ".");
        }
        Object value = seed instanceof Literal literal
                ? literal.value()
                : seed.eval(new ColumnBatch(1, List.of()), EvalContext.forPlanning(ZoneOffset.UTC, true))
                        .getInternal(0);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Spark's cast aliases, {@code int(x)} for {@code CAST(x AS INT)}, in the session's mode. */
    private static void casts(FunctionRegistry registry, EvalMode mode) {
        List<Object[]> aliases = List.of(
                new Object[] {"boolean", DataTypes.BooleanType},
                new Object[] {"tinyint", DataTypes.ByteType},
                new Object[] {"smallint", DataTypes.ShortType},
                new Object[] {"int", DataTypes.IntegerType},
                new Object[] {"bigint", DataTypes.LongType},
                new Object[] {"float", DataTypes.FloatType},
                new Object[] {"double", DataTypes.DoubleType},
                new Object[] {"decimal", DecimalType.USER_DEFAULT},
                new Object[] {"date", DataTypes.DateType},
                new Object[] {"timestamp", DataTypes.TimestampType},
                new Object[] {"binary", DataTypes.BinaryType},
                new Object[] {"string", DataTypes.StringType});
        for (Object[] alias : aliases) {
            DataType type = (DataType) alias[1];
            unary(registry, (String) alias[0], x -> new Cast(x, type, mode));
        }
    }

    /**
     * Every kernel under its name, with Spark's arity. The kernels take all their parameters; Spark's optional
     * trailing ones get Spark's defaults here. A kernel whose name is already registered (an operator, or a node
     * above, as {@code reverse}) is left to that registration.
     */
    private static void kernels(FunctionRegistry registry) {
        withDefaults(registry, "split", -1);
        withDefaults(registry, "regexp_replace", 1);
        withDefaults(registry, "regexp_extract", 1);
        withDefaults(registry, "regexp_extract_all", 1);
        // Spark pads a binary with zero bytes; the kernels are of strings, so a string pad is the only default
        withDefaults(registry, "lpad", " ");
        withDefaults(registry, "rpad", " ");
        withDefaults(registry, "locate", 1);
        withDefaults(registry, "position", 1);
        withDefaults(registry, "replace", "");
        withDefaults(registry, "sort_array", true);
        DateTimeBuiltins.kernels(registry);
        for (ScalarKernel kernel : ScalarKernels.all()) {
            String name = kernel.name.toLowerCase(Locale.ROOT);
            if (!registry.exists(name)) {
                ranged(registry, name, kernel.minArgs, kernel.maxArgs, a -> new ScalarFunction(kernel.name, a));
            }
        }
    }

    /**
     * The kernel {@code name}, whose last {@code defaults.length} fixed parameters Spark makes optional: a shorter
     * call gets the missing ones as literals.
     */
    static void withDefaults(FunctionRegistry registry, String name, Object... defaults) {
        ScalarKernel kernel = ScalarKernels.get(name);
        int min = kernel.minArgs - defaults.length;
        ranged(registry, name, min, kernel.maxArgs, a -> {
            List<Expression> full = new ArrayList<>(a);
            for (int i = a.size(); i < kernel.minArgs; i++) {
                full.add(Literal.of(defaults[i - min]));
            }
            return new ScalarFunction(kernel.name, full);
        });
    }

    /** Registers {@code name} for {@code min} to {@code max} arguments, never DISTINCT. */
    static void ranged(
            FunctionRegistry registry, String name, int min, int max, Function<List<Expression>, Expression> make) {
        // Spark names the registered function in its errors, whatever case the call used
        String registered = name.toLowerCase(Locale.ROOT);
        registry.register(registered, (called, arguments, distinct) -> {
            Arity.noDistinct(registered, distinct);
            Arity.check(registered, arguments, min, max);
            return make.apply(arguments);
        });
    }

    static void nullary(FunctionRegistry registry, String name, Supplier<Expression> make) {
        ranged(registry, name, 0, 0, a -> make.get());
    }

    static void unary(FunctionRegistry registry, String name, Function<Expression, Expression> make) {
        ranged(registry, name, 1, 1, a -> make.apply(a.get(0)));
    }

    static void binary(FunctionRegistry registry, String name, BiFunction<Expression, Expression, Expression> make) {
        ranged(registry, name, 2, 2, a -> make.apply(a.get(0), a.get(1)));
    }
}

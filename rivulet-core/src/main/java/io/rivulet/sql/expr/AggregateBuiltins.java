package io.rivulet.sql.expr;

import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The built-in aggregate, window and generator functions, under Spark's names. {@code DISTINCT} follows Spark: the
 * aggregates whose node reads distinct values take it ({@code count}, {@code sum}, {@code avg}); those it cannot
 * change ({@code min}, {@code max}, {@code first}, {@code last}, {@code any_value}, {@code collect_set}, {@code
 * approx_count_distinct}) ignore it, as Spark's {@code EliminateDistinct} does; the rest refuse it rather than
 * answer as if it were not there. Window functions and generators are not aggregates and refuse it.
 */
final class AggregateBuiltins {
    private AggregateBuiltins() {}

    static void register(FunctionRegistry registry, EvalMode mode) {
        aggregates(registry, mode);
        percentiles(registry);
        groupingSets(registry);
        moments(registry);
        windows(registry);
        generators(registry);
    }

    private static void aggregates(FunctionRegistry registry, EvalMode mode) {
        registry.register("count", (called, arguments, distinct) -> {
            Arity.check("count", arguments, 1, Integer.MAX_VALUE);
            return new Count(arguments, distinct);
        });
        registry.register("sum", (called, arguments, distinct) -> {
            Arity.check("sum", arguments, 1);
            return new Sum(arguments.get(0), distinct, mode);
        });
        registry.register("try_sum", (called, arguments, distinct) -> {
            Arity.check("try_sum", arguments, 1);
            return new Sum(arguments.get(0), distinct, EvalMode.TRY);
        });
        for (String name : List.of("avg", "mean")) {
            registry.register(name, (called, arguments, distinct) -> {
                Arity.check(name, arguments, 1);
                return new Average(arguments.get(0), distinct, mode, name);
            });
        }
        registry.register("try_avg", (called, arguments, distinct) -> {
            Arity.check("try_avg", arguments, 1);
            return new Average(arguments.get(0), distinct, EvalMode.TRY, "try_avg");
        });
        distinctIgnored(registry, "min", Min::new);
        distinctIgnored(registry, "max", Max::new);
        distinctIgnored(registry, "collect_set", CollectSet::new);
        for (String name : List.of("first", "first_value", "any_value")) {
            registry.register(name, (called, arguments, distinct) -> {
                Arity.check(name, arguments, 1, 2);
                return new First(arguments.get(0), ignoreNulls(name, arguments), name);
            });
        }
        for (String name : List.of("last", "last_value")) {
            registry.register(name, (called, arguments, distinct) -> {
                Arity.check(name, arguments, 1, 2);
                return new Last(arguments.get(0), ignoreNulls(name, arguments), name);
            });
        }
        for (String name : List.of("collect_list", "array_agg")) {
            distinctRefused(registry, name, CollectList::new);
        }
        registry.register("approx_count_distinct", (called, arguments, distinct) -> {
            Arity.check("approx_count_distinct", arguments, 1, 2);
            return arguments.size() == 1
                    ? new ApproxCountDistinct(arguments.get(0))
                    : new ApproxCountDistinct(arguments.get(0), relativeSd(arguments.get(1)));
        });
    }

    private static void percentiles(FunctionRegistry registry) {
        registry.register("percentile", (called, arguments, distinct) -> {
            Arity.check("percentile", arguments, 2);
            refuseDistinct("percentile", distinct);
            return new Percentile(arguments.get(0), arguments.get(1));
        });
        registry.register("median", (called, arguments, distinct) -> {
            Arity.check("median", arguments, 1);
            refuseDistinct("median", distinct);
            return Percentile.median(arguments.get(0));
        });
        for (String name : List.of("percentile_approx", "approx_percentile")) {
            registry.register(name, (called, arguments, distinct) -> {
                Arity.check(name, arguments, 2, 3);
                refuseDistinct(name, distinct);
                Expression accuracy =
                        arguments.size() == 3 ? arguments.get(2) : Literal.of(ApproxPercentile.DEFAULT_ACCURACY);
                return new ApproxPercentile(arguments.get(0), arguments.get(1), accuracy, name);
            });
        }
    }

    /** {@code grouping(c)} and {@code grouping_id(c...)}: given values by {@code rollup} and {@code cube}. */
    private static void groupingSets(FunctionRegistry registry) {
        registry.register("grouping", (called, arguments, distinct) -> {
            Arity.check("grouping", arguments, 1);
            return new GroupingCall(arguments, false, false);
        });
        registry.register("grouping_id", (called, arguments, distinct) -> new GroupingCall(arguments, true, false));
    }

    private static void refuseDistinct(String name, boolean distinct) {
        if (distinct) {
            throw new AnalysisException(
                    "UNSUPPORTED_FEATURE.DISTINCT_AGGREGATE",
                    "The feature is not supported: " + name + "(DISTINCT ...).");
        }
    }

    private static void moments(FunctionRegistry registry) {
        for (String name : List.of("stddev", "std", "stddev_samp")) {
            distinctRefused(registry, name, c -> new StddevSamp(c, name));
        }
        distinctRefused(registry, "stddev_pop", StddevPop::new);
        for (String name : List.of("variance", "var_samp")) {
            distinctRefused(registry, name, c -> new VarianceSamp(c, name));
        }
        distinctRefused(registry, "var_pop", VariancePop::new);
    }

    private static void windows(FunctionRegistry registry) {
        for (RankLike.Kind kind : RankLike.Kind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            registry.register(name, (called, arguments, distinct) -> {
                Arity.noDistinct(name, distinct);
                Arity.check(name, arguments, 0);
                return new RankLike(kind);
            });
        }
        registry.register("ntile", (called, arguments, distinct) -> {
            Arity.noDistinct("ntile", distinct);
            Arity.check("ntile", arguments, 0, 1);
            // Spark's NTile() is one bucket.
            return new NTile(arguments.isEmpty() ? Literal.of(1) : arguments.get(0));
        });
        for (boolean lag : new boolean[] {true, false}) {
            String name = lag ? "lag" : "lead";
            registry.register(name, (called, arguments, distinct) -> {
                Arity.noDistinct(name, distinct);
                Arity.check(name, arguments, 0, 3);
                // Spark's defaults: lag() is lag(NULL), the offset 1, the default value NULL.
                Expression input = arguments.isEmpty() ? Literal.ofNull(DataTypes.NullType) : arguments.get(0);
                Expression offset = arguments.size() > 1 ? arguments.get(1) : Literal.of(1);
                Expression value = arguments.size() > 2 ? arguments.get(2) : Literal.ofNull(DataTypes.NullType);
                return new OffsetWindowFunction(lag, input, offset, value, false);
            });
        }
        registry.register("nth_value", (called, arguments, distinct) -> {
            Arity.noDistinct("nth_value", distinct);
            Arity.check("nth_value", arguments, 2, 3);
            return new NthValue(arguments.get(0), arguments.get(1), ignoreNulls("nth_value", arguments, 2));
        });
    }

    private static void generators(FunctionRegistry registry) {
        generator(registry, "explode", Explode::new);
        generator(registry, "explode_outer", c -> new GeneratorOuter(new Explode(c)));
        generator(registry, "posexplode", PosExplode::new);
        generator(registry, "posexplode_outer", c -> new GeneratorOuter(new PosExplode(c)));
    }

    private static void generator(FunctionRegistry registry, String name, Function<Expression, Expression> node) {
        registry.register(name, (called, arguments, distinct) -> {
            Arity.noDistinct(name, distinct);
            Arity.check(name, arguments, 1);
            return node.apply(arguments.get(0));
        });
    }

    /** A one-argument aggregate that distinct values cannot change, so {@code DISTINCT} is dropped. */
    private static void distinctIgnored(FunctionRegistry registry, String name, Function<Expression, Expression> node) {
        registry.register(name, (called, arguments, distinct) -> {
            Arity.check(name, arguments, 1);
            return node.apply(arguments.get(0));
        });
    }

    /**
     * A one-argument aggregate whose node cannot read distinct values, where {@code DISTINCT} would change the answer:
     * refused rather than silently ignored.
     */
    private static void distinctRefused(FunctionRegistry registry, String name, Function<Expression, Expression> node) {
        registry.register(name, (called, arguments, distinct) -> {
            Arity.check(name, arguments, 1);
            refuseDistinct(name, distinct);
            return node.apply(arguments.get(0));
        });
    }

    /** {@code first(x, true)}: the flag must be a boolean constant, as Spark's {@code FirstLast.validateIgnoreNullExpr}. */
    private static boolean ignoreNulls(String name, List<Expression> arguments) {
        return ignoreNulls(name, arguments, 1);
    }

    private static boolean ignoreNulls(String name, List<Expression> arguments, int position) {
        if (arguments.size() <= position) {
            return false;
        }
        if (arguments.get(position) instanceof Literal l && !l.isNull() && l.value() instanceof Boolean b) {
            return b;
        }
        throw new AnalysisException(
                "_LEGACY_ERROR_TEMP_1093",
                "The " + (position == 1 ? "second" : "third") + " argument in " + name
                        + " should be a boolean literal.");
    }

    /** {@code approx_count_distinct(x, rsd)}: a numeric constant, as Spark's {@code validateDoubleLiteral}. */
    private static double relativeSd(Expression rsd) {
        if (rsd instanceof Literal l && !l.isNull() && l.externalValue() instanceof Number n) {
            return n.doubleValue();
        }
        throw new AnalysisException("_LEGACY_ERROR_TEMP_1100", "The second argument should be a double literal.");
    }
}

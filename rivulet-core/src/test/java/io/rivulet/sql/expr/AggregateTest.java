package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.lit;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.vector.ColumnVector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AggregateTest {
    private static final DataType LONG = DataTypes.LongType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType DOUBLE = DataTypes.DoubleType;
    private static final DataType STRING = DataTypes.StringType;

    /** The results of one pass over the rows, {@code groups} groups. */
    static List<Object> single(AggregateFunction f, int[] groupIds, int groups, ColumnVector... args) {
        AggregateFunction.GroupedState state = f.newState();
        state.ensureGroups(groups);
        state.update(groupIds, groupIds.length, args);
        return Exprs.values(state.results(groups));
    }

    /** The results of partial states over random splits of the rows, merged, in a random order. */
    static List<Object> split(AggregateFunction f, int[] groupIds, int groups, Random random, ColumnVector... args) {
        int n = groupIds.length;
        int parts = 1 + random.nextInt(4);
        AggregateFunction.GroupedState fin = f.newState();
        fin.ensureGroups(groups);
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            order.add(p);
        }
        java.util.Collections.shuffle(order, random);
        int[] part = new int[n];
        for (int i = 0; i < n; i++) {
            part[i] = random.nextInt(parts);
        }
        for (int p : order) {
            int[] positions = java.util.stream.IntStream.range(0, n)
                    .filter(i -> part[i] == p)
                    .toArray();
            // local group numbering, as another task would have: the merge maps it back
            int[] local = new int[groups];
            Arrays.fill(local, -1);
            List<Integer> localToGlobal = new ArrayList<>();
            int[] ids = new int[positions.length];
            for (int k = 0; k < positions.length; k++) {
                int g = groupIds[positions[k]];
                if (local[g] < 0) {
                    local[g] = localToGlobal.size();
                    localToGlobal.add(g);
                }
                ids[k] = local[g];
            }
            ColumnVector[] gathered = new ColumnVector[args.length];
            for (int a = 0; a < args.length; a++) {
                gathered[a] = args[a].gather(positions, positions.length);
            }
            AggregateFunction.GroupedState partial = f.newState();
            partial.ensureGroups(localToGlobal.size());
            partial.update(ids, positions.length, gathered);
            ColumnVector[] states = partial.partials(localToGlobal.size());
            assertThat(states).hasSize(f.stateTypes().size());
            for (int s = 0; s < states.length; s++) {
                assertThat(io.rivulet.sql.vector.Types.sameIgnoringNullability(
                                states[s].type(), f.stateTypes().get(s)))
                        .as("state %d of %s is %s", s, f, states[s].type())
                        .isTrue();
            }
            fin.merge(localToGlobal.stream().mapToInt(Integer::intValue).toArray(), localToGlobal.size(), states);
        }
        return Exprs.values(fin.results(groups));
    }

    @Test
    void partialAndMergeAgreeWithOnePassOnRandomData() {
        Random random = new Random(5);
        for (int round = 0; round < 30; round++) {
            int n = random.nextInt(60);
            int groups = 1 + random.nextInt(5);
            int[] groupIds = new int[n];
            Object[] longs = new Object[n];
            Object[] doubles = new Object[n];
            Object[] strings = new Object[n];
            Object[] decimals = new Object[n];
            for (int i = 0; i < n; i++) {
                groupIds[i] = random.nextInt(groups);
                boolean isNull = random.nextInt(5) == 0;
                longs[i] = isNull ? null : (long) random.nextInt(20) - 5;
                doubles[i] = isNull ? null : (double) random.nextInt(8) / 4;
                strings[i] = isNull ? null : "s" + random.nextInt(6);
                decimals[i] = isNull ? null : BigDecimal.valueOf(random.nextInt(1000) - 500, 2);
            }
            ColumnVector l = vector(LONG, longs);
            ColumnVector d = vector(DOUBLE, doubles);
            ColumnVector s = vector(STRING, strings);
            ColumnVector dec = vector(new DecimalType(5, 2), decimals);
            List<Object[]> cases = List.of(
                    new Object[] {new Count(List.of(col(0, LONG)), false), l},
                    new Object[] {new Count(List.of(col(0, LONG)), true), l},
                    new Object[] {new Sum(col(0, LONG)), l},
                    new Object[] {new Sum(col(0, LONG), true, EvalMode.ANSI), l},
                    new Object[] {new Sum(col(0, new DecimalType(5, 2))), dec},
                    new Object[] {new Average(col(0, LONG)), l},
                    new Object[] {new Average(col(0, new DecimalType(5, 2))), dec},
                    new Object[] {new Min(col(0, STRING)), s},
                    new Object[] {new Max(col(0, DOUBLE)), d},
                    new Object[] {new Max(col(0, LONG)), l},
                    new Object[] {new CollectSet(col(0, STRING)), s},
                    new Object[] {new VarianceSamp(col(0, DOUBLE)), d},
                    new Object[] {new StddevPop(col(0, DOUBLE)), d},
                    new Object[] {new ApproxCountDistinct(col(0, STRING)), s});
            for (Object[] c : cases) {
                AggregateFunction f = (AggregateFunction) c[0];
                ColumnVector arg = (ColumnVector) c[1];
                List<Object> one = single(f, groupIds, groups, arg);
                List<Object> merged = split(f, groupIds, groups, random, arg);
                if (f instanceof CollectSet) {
                    for (int g = 0; g < groups; g++) {
                        assertThat(new java.util.HashSet<Object>((List<?>) merged.get(g)))
                                .isEqualTo(new java.util.HashSet<Object>((List<?>) one.get(g)));
                    }
                } else if (f instanceof VarianceSamp || f instanceof StddevPop) {
                    for (int g = 0; g < groups; g++) {
                        if (one.get(g) == null) {
                            assertThat(merged.get(g)).isNull();
                        } else {
                            assertThat((Double) merged.get(g))
                                    .isCloseTo((Double) one.get(g), org.assertj.core.data.Offset.offset(1e-9));
                        }
                    }
                } else {
                    assertThat(merged).as(f.toString()).isEqualTo(one);
                }
                assertThat(one).as(f + " against the slow twin").isEqualTo(slow(f, groupIds, groups, arg, one));
            }
        }
    }

    /** A straightforward reference for the exact aggregates (others return {@code actual}). */
    private static List<Object> slow(
            AggregateFunction f, int[] groupIds, int groups, ColumnVector arg, List<Object> actual) {
        List<Object> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < groupIds.length; i++) {
                if (groupIds[i] == g && arg.get(i) != null) {
                    values.add(arg.get(i));
                }
            }
            Object result = actual.get(g);
            if (f instanceof Count c) {
                result = c.distinct() ? values.stream().distinct().count() : (long) values.size();
            } else if (f instanceof Sum sum && arg.type().equals(LONG)) {
                var stream = values.stream().mapToLong(v -> (Long) v);
                result = values.isEmpty()
                        ? null
                        : (sum.distinct()
                                ? values.stream()
                                        .distinct()
                                        .mapToLong(v -> (Long) v)
                                        .sum()
                                : stream.sum());
            } else if (f instanceof Average && arg.type().equals(LONG)) {
                result = values.isEmpty()
                        ? null
                        : values.stream().mapToLong(v -> (Long) v).average().getAsDouble();
            } else if (f instanceof Max && arg.type().equals(LONG)) {
                result = values.stream().map(v -> (Long) v).max(Long::compare).orElse(null);
            } else if (f instanceof Min && arg.type().equals(STRING)) {
                result = values.stream()
                        .map(v -> (String) v)
                        .min(String::compareTo)
                        .orElse(null);
            } else if (f instanceof ApproxCountDistinct) {
                result = values.stream().distinct().count();
            }
            out.add(result);
        }
        return out;
    }

    @Test
    void sparksNullRulesForEmptyGroupsAndOneRow() {
        int[] none = new int[0];
        assertThat(single(new Count(List.of(lit(1)), false), none, 1, new ColumnVector[] {}))
                .containsExactly(0L);
        assertThat(single(new Sum(col(0, LONG)), none, 1, vector(LONG))).containsExactly((Object) null);
        assertThat(single(new Average(col(0, LONG)), none, 1, vector(LONG))).containsExactly((Object) null);
        assertThat(single(new CollectList(col(0, LONG)), none, 1, vector(LONG))).containsExactly(List.of());
        int[] one = {0};
        assertThat(single(new StddevSamp(col(0, DOUBLE)), one, 1, vector(DOUBLE, 3.0)))
                .containsExactly((Object) null);
        assertThat(single(new StddevPop(col(0, DOUBLE)), one, 1, vector(DOUBLE, 3.0)))
                .containsExactly(0.0);
        assertThat(single(new VarianceSamp(col(0, DOUBLE)), new int[] {0, 0, 0}, 1, vector(DOUBLE, 1.0, 2.0, 3.0)))
                .containsExactly(1.0);
        assertThat(single(new Sum(col(0, LONG)), new int[] {0, 0}, 1, vector(LONG, null, null)))
                .containsExactly((Object) null);
    }

    @Test
    void countStarCountsRowsAndCountOfSeveralSkipsAnyNull() {
        int[] g = {0, 0, 0};
        assertThat(single(Count.star(), g, 1, vector(INT, 1, 1, 1))).containsExactly(3L);
        assertThat(single(
                        new Count(List.of(col(0, INT), col(1, INT)), false),
                        g,
                        1,
                        vector(INT, 1, null, 3),
                        vector(INT, 1, 2, null)))
                .containsExactly(1L);
        assertThat(Count.star().sql()).isEqualTo("count(1)");
        assertThat(new Count(List.of(UnresolvedAttribute.of("x")), true).sql()).isEqualTo("count(DISTINCT x)");
    }

    @Test
    void sumOverflowAndTypes() {
        int[] g = {0, 0};
        assertThatThrownBy(() -> single(new Sum(col(0, LONG)), g, 1, vector(LONG, Long.MAX_VALUE, 1L)))
                .hasMessageStartingWith("[ARITHMETIC_OVERFLOW] long overflow. Use 'try_sum'");
        assertThat(single(new Sum(col(0, LONG), false, EvalMode.TRY), g, 1, vector(LONG, Long.MAX_VALUE, 1L)))
                .containsExactly((Object) null);
        assertThat(single(new Sum(col(0, LONG), false, EvalMode.LEGACY), g, 1, vector(LONG, Long.MAX_VALUE, 1L)))
                .containsExactly(Long.MIN_VALUE);
        assertThat(new Sum(col(0, INT)).dataType()).isEqualTo(LONG);
        assertThat(new Sum(col(0, new DecimalType(10, 2))).dataType()).isEqualTo(new DecimalType(20, 2));
        assertThat(new Average(col(0, new DecimalType(10, 2))).dataType()).isEqualTo(new DecimalType(14, 6));
        assertThat(single(
                        new Average(col(0, new DecimalType(10, 2))),
                        new int[] {0, 0},
                        1,
                        vector(new DecimalType(10, 2), new BigDecimal("1.00"), new BigDecimal("2.00"))))
                .containsExactly(new BigDecimal("1.500000"));
        assertThat(single(new Sum(col(0, INT)), g, 1, vector(INT, Integer.MAX_VALUE, Integer.MAX_VALUE)))
                .containsExactly(2L * Integer.MAX_VALUE);
        assertThat(new Sum(UnresolvedAttribute.of("v")).sql()).isEqualTo("sum(v)");
        assertThat(new Average(UnresolvedAttribute.of("v"), false, EvalMode.ANSI, "mean").sql())
                .isEqualTo("mean(v)");
    }

    @Test
    void firstLastMinMaxOnStringsAndNaN() {
        int[] g = {0, 0, 0};
        ColumnVector v = vector(STRING, null, "b", "a");
        assertThat(single(new First(col(0, STRING), false), g, 1, v)).containsExactly((Object) null);
        assertThat(single(new First(col(0, STRING), true), g, 1, v)).containsExactly("b");
        assertThat(single(new Last(col(0, STRING), false), g, 1, v)).containsExactly("a");
        assertThat(single(new Max(col(0, DOUBLE)), g, 1, vector(DOUBLE, 1.0, Double.NaN, 2.0)))
                .containsExactly(Double.NaN);
        assertThat(single(new Min(col(0, DOUBLE)), g, 1, vector(DOUBLE, 1.0, Double.NaN, 2.0)))
                .containsExactly(1.0);
    }

    @Test
    void approxCountDistinctIsExactForSmallCountsAndWithinTheBoundForLarge() {
        int n = 100_000;
        int[] g = new int[n];
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            values[i] = (long) (i % 50_000);
        }
        long estimate = (Long) single(new ApproxCountDistinct(col(0, LONG)), g, 1, vector(LONG, values))
                .get(0);
        assertThat((double) estimate).isBetween(50_000 * 0.85, 50_000 * 1.15);
        Object[] small = new Object[200];
        for (int i = 0; i < small.length; i++) {
            small[i] = (long) (i % 100);
        }
        long smallEstimate = (Long) single(new ApproxCountDistinct(col(0, LONG)), new int[200], 1, vector(LONG, small))
                .get(0);
        assertThat(smallEstimate).isBetween(95L, 105L);
        assertThat(HyperLogLogPlusPlus.precision(0.05)).isEqualTo(9);
    }
}

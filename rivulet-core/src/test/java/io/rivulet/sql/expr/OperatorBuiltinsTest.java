package io.rivulet.sql.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.Rivulet;
import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.Row;
import io.rivulet.sql.RowFactory;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The operator built-ins: the nodes the registry builds, Spark's argument-count and DISTINCT errors, and the answers
 * of SQL over random rows (nulls included) against the same computed in plain Java.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorBuiltinsTest {
    private static final Expression A = AttributeReference.of("a", DataTypes.IntegerType, true);
    private static final Expression B = AttributeReference.of("b", DataTypes.IntegerType, true);
    private static final Expression S = AttributeReference.of("s", DataTypes.StringType, true);

    private final FunctionRegistry registry = FunctionRegistry.builtin();
    private Rivulet rv;
    private final List<Object[]> data = new ArrayList<>();

    private Expression build(String name, Expression... arguments) {
        return registry.lookup(name, List.of(arguments), false).orElseThrow();
    }

    @BeforeAll
    void start() {
        rv = Rivulet.builder().master("local[2]").build();
        Random random = new Random(42);
        List<Row> rows = new ArrayList<>();
        for (int id = 0; id < 300; id++) {
            Integer k = random.nextInt(6) == 0 ? null : random.nextInt(21) - 10;
            Integer v = random.nextInt(6) == 0 ? null : random.nextInt(201) - 100;
            String s = random.nextInt(6) == 0 ? null : (random.nextBoolean() ? "ab" : "x_") + random.nextInt(30);
            Double d = random.nextInt(6) == 0 ? null : random.nextInt(7) == 0 ? Double.NaN : random.nextDouble();
            data.add(new Object[] {id, k, v, s, d});
            rows.add(RowFactory.create(id, k, v, s, d));
        }
        StructType schema = new StructType()
                .add("id", DataTypes.IntegerType)
                .add("k", DataTypes.IntegerType)
                .add("v", DataTypes.IntegerType)
                .add("s", DataTypes.StringType)
                .add("d", DataTypes.DoubleType);
        rv.createDataFrame(rows, schema).createOrReplaceTempView("t");
    }

    @AfterAll
    void stop() {
        rv.close();
    }

    @Test
    void namesBuildTheirNodes() {
        assertThat(build("+", A, B)).isEqualTo(new Add(A, B, EvalMode.ANSI));
        assertThat(build("try_divide", A, B)).isEqualTo(new Divide(A, B, EvalMode.TRY));
        assertThat(build("mod", A, B)).isEqualTo(new Remainder(A, B, EvalMode.ANSI));
        assertThat(build("div", A, B)).isInstanceOf(IntegralDivide.class);
        assertThat(build("negative", A)).isEqualTo(new UnaryMinus(A, EvalMode.ANSI));
        assertThat(build("==", A, B)).isEqualTo(new EqualTo(A, B));
        assertThat(build("<>", A, B)).isEqualTo(new Not(new EqualTo(A, B)));
        assertThat(build("!", build("isnull", A))).isEqualTo(new Not(new IsNull(A)));
        assertThat(build("^", A, B)).isEqualTo(new BinaryBitwise(BinaryBitwise.Kind.XOR, A, B));
        assertThat(build("shiftrightunsigned", A, B)).isEqualTo(new Shift(Shift.Kind.RIGHT_UNSIGNED, A, B));
        assertThat(build("in", A, Literal.of(1), Literal.of(2)))
                .isEqualTo(new In(A, List.of(Literal.of(1), Literal.of(2))));
        assertThat(build("like", S, Literal.of("a%"))).isEqualTo(new Like(S, Literal.of("a%"), '\\'));
        assertThat(build("ilike", S, Literal.of("a!%"), Literal.of("!")))
                .isEqualTo(new ILike(S, Literal.of("a!%"), '!'));
        assertThat(build("regexp", S, Literal.of("a+"))).isEqualTo(new RLike(S, Literal.of("a+"), "regexp"));
        assertThat(build("ifnull", A, B)).isEqualTo(new Nvl(A, B, "ifnull"));
        assertThat(build("when", Literal.TRUE, A, B))
                .isEqualTo(CaseWhen.of(Literal.TRUE, A).otherwise(B));
        assertThat(build("when", Literal.TRUE, A, Literal.FALSE, B))
                .isEqualTo(CaseWhen.of(Literal.TRUE, A).when(Literal.FALSE, B));
        assertThat(build("named_struct", Literal.of("x"), A))
                .isEqualTo(new CreateNamedStruct(List.of("x"), List.of(A), "named_struct"));
        assertThat(build("extract", Literal.of("doy"), A)).isEqualTo(new DateField(DateField.Field.DAYOFYEAR, A));
        assertThat(FunctionRegistry.builtin(EvalMode.LEGACY).lookup("*", List.of(A, B), false))
                .contains(new Multiply(A, B, EvalMode.LEGACY));
        FunctionRegistry operatorsOnly = FunctionRegistry.empty();
        OperatorBuiltins.register(operatorsOnly, EvalMode.ANSI);
        assertThat(operatorsOnly.exists("substring")).as("the scalar family's").isFalse();
    }

    @Test
    void wrongArgumentCountsAreSparksErrors() {
        assertThatThrownBy(() -> build("+", A))
                .isInstanceOf(AnalysisException.class)
                .hasMessage("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `+` requires 2 parameters but the actual number"
                        + " is 1. Please, refer to 'https://spark.apache.org/docs/latest/sql-ref-functions.html' for a"
                        + " fix.");
        assertThatThrownBy(() -> build("coalesce"))
                .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `coalesce` requires > 0 parameters");
        assertThatThrownBy(() -> build("GREATEST", A))
                .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `greatest` requires > 1 parameters");
        assertThatThrownBy(() -> build("like", S, S, S, S))
                .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `like` requires [2, 3] parameters");
        assertThatThrownBy(() -> build("named_struct", Literal.of("x")))
                .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `named_struct` requires 2n (n > 0)");
        assertThatThrownBy(() -> registry.lookup("abs", List.of(A), true))
                .hasMessageStartingWith("[INVALID_SQL_SYNTAX.FUNCTION_WITH_UNSUPPORTED_SYNTAX]");
        assertThatThrownBy(() -> build("like", S, S, S)).hasMessageStartingWith("[NON_FOLDABLE_ARGUMENT]");
        assertThatThrownBy(() -> build("extract", Literal.of("fortnight"), A))
                .hasMessageStartingWith("[INVALID_EXTRACT_FIELD] Cannot extract fortnight from");
        assertThatThrownBy(() -> rv.sql("SELECT nvl(k) FROM t"))
                .hasMessageStartingWith("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `nvl` requires 2 parameters");
    }

    /** The rows of {@code query} (whose first column is {@code id}) by id, each without its id. */
    private Map<Integer, List<Object>> byId(String query) {
        Map<Integer, List<Object>> result = new HashMap<>();
        for (Row row : rv.sql(query).collectAsList()) {
            List<Object> values = new ArrayList<>();
            for (int i = 1; i < row.size(); i++) {
                values.add(row.get(i));
            }
            result.put((Integer) row.get(0), values);
        }
        assertThat(result).hasSize(data.size());
        return result;
    }

    @Test
    void arithmeticMatchesJava() {
        Map<Integer, List<Object>> out =
                byId("SELECT id, k + v, k - v, k * v, v % 7, pmod(v, 7), CAST(v AS BIGINT) div 7L, -v, abs(v),"
                        + " v & k, v | k, v ^ k, ~v, shiftleft(v, 2), d / 4.0D, try_divide(d, 0.0D) FROM t");
        for (Object[] r : data) {
            Integer k = (Integer) r[1];
            Integer v = (Integer) r[2];
            Double d = (Double) r[4];
            boolean both = k != null && v != null;
            List<Object> expected = Arrays.asList(
                    both ? k + v : null,
                    both ? k - v : null,
                    both ? k * v : null,
                    v == null ? null : v % 7,
                    v == null ? null : Math.floorMod(v, 7),
                    v == null ? null : (long) (v / 7),
                    v == null ? null : -v,
                    v == null ? null : Math.abs(v),
                    both ? v & k : null,
                    both ? v | k : null,
                    both ? v ^ k : null,
                    v == null ? null : ~v,
                    v == null ? null : v << 2,
                    d == null ? null : d / 4.0,
                    null);
            assertThat(out.get((Integer) r[0])).as("row %s", Arrays.toString(r)).isEqualTo(expected);
        }
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    @Test
    void comparisonsAndLogicMatchJava() {
        Map<Integer, List<Object>> out = byId("SELECT id, k = v, k <=> v, k != v, k < v, k <= v, k > v, k >= v,"
                + " k > 0 AND v > 0, k > 0 OR v > 0, NOT k > 0, k IS NULL, v IS NOT NULL, isnan(d),"
                + " greatest(k, v), least(k, v) FROM t");
        for (Object[] r : data) {
            Integer k = (Integer) r[1];
            Integer v = (Integer) r[2];
            Double d = (Double) r[4];
            boolean both = k != null && v != null;
            Boolean kPositive = k == null ? null : k > 0;
            Boolean vPositive = v == null ? null : v > 0;
            List<Object> expected = Arrays.asList(
                    both ? k.equals(v) : null,
                    java.util.Objects.equals(k, v),
                    both ? !k.equals(v) : null,
                    both ? k < v : null,
                    both ? k <= v : null,
                    both ? k > v : null,
                    both ? k >= v : null,
                    and(kPositive, vPositive),
                    or(kPositive, vPositive),
                    kPositive == null ? null : !kPositive,
                    k == null,
                    v != null,
                    d != null && d.isNaN(),
                    // greatest and least skip nulls, as Spark's
                    k == null ? v : v == null ? k : Integer.valueOf(Math.max(k, v)),
                    k == null ? v : v == null ? k : Integer.valueOf(Math.min(k, v)));
            assertThat(out.get((Integer) r[0])).as("row %s", Arrays.toString(r)).isEqualTo(expected);
        }
    }

    @Test
    void predicatesAndConditionalsMatchJava() {
        Map<Integer, List<Object>> out = byId("SELECT id, v IN (1, 2, 3, k), v NOT IN (5, 6), v BETWEEN -20 AND k,"
                + " s LIKE 'ab1%', s NOT LIKE '%5', s ILIKE 'AB_', s LIKE 'x!_1%' ESCAPE '!', s RLIKE '^x._2',"
                + " CASE WHEN v > 50 THEN 'big' WHEN v > 0 THEN 'small' ELSE 'other' END,"
                + " CASE k WHEN 1 THEN 'one' WHEN 2 THEN 'two' END, if(k > v, k, v), coalesce(k, v, 0), nvl(k, -1),"
                + " nvl2(k, 1, 2), nullif(k, 3), nanvl(d, -1.0D) FROM t");
        for (Object[] r : data) {
            Integer k = (Integer) r[1];
            Integer v = (Integer) r[2];
            String s = (String) r[3];
            Double d = (Double) r[4];
            Boolean in;
            if (v == null) {
                in = null;
            } else if (v >= 1 && v <= 3 || v.equals(k)) {
                in = true;
            } else {
                in = k == null ? null : false;
            }
            Boolean between = v == null ? null : and(v >= -20, k == null ? null : v <= k);
            Boolean ifCondition = k == null || v == null ? null : k > v;
            List<Object> expected = Arrays.asList(
                    in,
                    v == null ? null : v != 5 && v != 6,
                    between,
                    s == null ? null : s.startsWith("ab1"),
                    s == null ? null : !s.endsWith("5"),
                    s == null ? null : s.length() == 3 && s.startsWith("ab"),
                    s == null ? null : s.startsWith("x_1"),
                    s == null ? null : s.matches("^x._2.*"),
                    v == null ? "other" : v > 50 ? "big" : v > 0 ? "small" : "other",
                    k == null ? null : k == 1 ? "one" : k == 2 ? "two" : null,
                    Boolean.TRUE.equals(ifCondition) ? k : v,
                    k != null ? k : v != null ? v : 0,
                    k != null ? k : -1,
                    k != null ? 1 : 2,
                    k != null && k == 3 ? null : k,
                    d == null ? null : d.isNaN() ? -1.0 : d);
            assertThat(out.get((Integer) r[0])).as("row %s", Arrays.toString(r)).isEqualTo(expected);
        }
    }

    @Test
    void constructorsAndExtractWithoutFrom() {
        Row row = rv.sql("SELECT struct(1 AS x, 'a'), named_struct('n', 2), array(1, 2), map('k', 3),"
                        + " extract(YEAR FROM DATE'2024-03-05'), date_part('doy', DATE'2024-03-05'),"
                        + " extract(DOW FROM DATE'2024-03-05'), extract(DOW_ISO FROM DATE'2024-03-05')")
                .collectAsList()
                .get(0);
        assertThat(((Row) row.get(0)).schema().fieldNames()).containsExactly("x", "col2");
        assertThat(((Row) row.get(0)).get(1)).isEqualTo("a");
        assertThat(((Row) row.get(1)).get(0)).isEqualTo(2);
        assertThat(row.getList(2)).containsExactly(1, 2);
        assertThat(row.getJavaMap(3)).containsEntry("k", 3);
        // 2024-03-05 is a Tuesday, the 65th day of a leap year.
        assertThat(List.of(row.get(4), row.get(5), row.get(6), row.get(7))).containsExactly(2024, 65, 3, 2);
    }
}

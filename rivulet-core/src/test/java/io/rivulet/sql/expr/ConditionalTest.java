package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.batch;
import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.eval;
import static io.rivulet.sql.expr.Exprs.lit;
import static io.rivulet.sql.expr.Exprs.nullOf;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionalTest {
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType DOUBLE = DataTypes.DoubleType;
    private static final DataType STRING = DataTypes.StringType;

    @Test
    void caseWhenTakesTheFirstTrueBranch() {
        ColumnBatch b = batch(vector(INT, 1, 5, 10, null));
        CaseWhen c = CaseWhen.of(new LessThan(col(0, INT), lit(3)), lit("small"))
                .when(new LessThan(col(0, INT), lit(8)), lit("medium"))
                .otherwise(lit("large"));
        assertThat(eval(c, b)).containsExactly("small", "medium", "large", "large");
        assertThat(eval(CaseWhen.of(new LessThan(col(0, INT), lit(3)), lit("small")), b))
                .containsExactly("small", null, null, null);
        assertThat(c.withNewChildren(c.children())).isEqualTo(c);
        assertThat(new CaseWhen(
                                List.of(new GreaterThan(UnresolvedAttribute.of("a"), lit(1))),
                                List.of(lit(1)),
                                Optional.of(lit(2)))
                        .sql())
                .isEqualTo("CASE WHEN (a > 1) THEN 1 ELSE 2 END");
    }

    @Test
    void branchesAreOnlyEvaluatedWhereTaken() {
        ColumnBatch b = batch(vector(DOUBLE, 4.0, 1.0), vector(DOUBLE, 2.0, 0.0));
        Expression safe = new If(
                new EqualTo(col(1, DOUBLE), lit(0.0)), nullOf(DOUBLE), new Divide(col(0, DOUBLE), col(1, DOUBLE)));
        assertThat(eval(safe, b)).containsExactly(2.0, null);
        Expression coalesce = new Coalesce(
                List.of(nullOf(DOUBLE), new Divide(col(0, DOUBLE), col(1, DOUBLE), EvalMode.TRY), lit(-1.0)));
        assertThat(eval(coalesce, b)).containsExactly(2.0, -1.0);
    }

    @Test
    void nullIfNvlNvl2NaNvl() {
        ColumnBatch b = batch(vector(INT, 1, 2, null), vector(INT, 1, 3, 4));
        assertThat(eval(new NullIf(col(0, INT), col(1, INT)), b)).containsExactly(null, 2, null);
        assertThat(eval(new Nvl(col(0, INT), col(1, INT)), b)).containsExactly(1, 2, 4);
        assertThat(eval(new Nvl2(col(0, INT), lit("a"), lit("b")), b)).containsExactly("a", "a", "b");
        assertThat(new Nvl(UnresolvedAttribute.of("a"), lit(0), "ifnull").sql()).isEqualTo("ifnull(a, 0)");
        ColumnBatch d = batch(vector(DOUBLE, Double.NaN, 1.0, null));
        assertThat(eval(new NaNvl(col(0, DOUBLE), lit(0.0)), d)).containsExactly(0.0, 1.0, null);
    }

    @Test
    void greatestAndLeastSkipNulls() {
        ColumnBatch b = batch(vector(INT, 1, null, null), vector(INT, 3, 2, null), vector(INT, 2, 1, null));
        List<Expression> cols = List.of(col(0, INT), col(1, INT), col(2, INT));
        assertThat(eval(new Greatest(cols), b)).containsExactly(3, 2, null);
        assertThat(eval(new Least(cols), b)).containsExactly(1, 1, null);
        ColumnBatch d = batch(vector(DOUBLE, Double.NaN), vector(DOUBLE, 1.0));
        assertThat(eval(new Greatest(List.of(col(0, DOUBLE), col(1, DOUBLE))), d))
                .containsExactly(Double.NaN);
    }

    @Test
    void typeChecksOfBranches() {
        AttributeReference a = AttributeReference.of("a", INT, true);
        AttributeReference s = AttributeReference.of("s", STRING, true);
        assertThat(new Coalesce(List.of(a, s)).checkInputTypes())
                .hasValue(
                        "[DATATYPE_MISMATCH.DATA_DIFF_TYPES] Cannot resolve \"coalesce(a, s)\" due to data type"
                                + " mismatch: Input to `coalesce` should all be the same type, but it's (\"INT\" or \"STRING\").");
        assertThat(new Coalesce(List.of(a, nullOf(DataTypes.NullType))).checkInputTypes())
                .isEmpty();
        assertThat(new If(a, a, a).checkInputTypes().orElseThrow())
                .contains("UNEXPECTED_INPUT_TYPE")
                .contains("The first parameter requires the \"BOOLEAN\" type, however \"a\" has the type \"INT\".");
    }
}

package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.and;
import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Exprs.or;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.IsNull;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.Not;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class BooleanSimplificationTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private static final AttributeReference C = longColumn("c", 3);
    private final Rule rule = new BooleanSimplification();

    private static String simplified(Expression condition) {
        return RuleTesting.after(new BooleanSimplification(), new Filter(condition, scan("t", 1, A, B, C)));
    }

    @Test
    void removesTheNeutralAndKeepsTheAbsorbing() {
        LogicalPlan plan = new Filter(
                and(or(Literal.FALSE, and(Literal.TRUE, gt(A, 1L))), or(gt(B, 2L), Literal.FALSE)),
                scan("t", 1, A, B, C));
        assertThat(plan.treeString()).isEqualTo("""
                Filter ((false OR (true AND (a#1 > 1))) AND ((b#2 > 2) OR false))
                +- Relation t[a#1, b#2, c#3]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Filter ((a#1 > 1) AND (b#2 > 2))
                +- Relation t[a#1, b#2, c#3]
                """);
        assertThat(simplified(and(gt(A, 1L), Literal.FALSE))).startsWith("Filter false\n");
        assertThat(simplified(or(Literal.TRUE, gt(A, 1L)))).startsWith("Filter true\n");
    }

    @Test
    void pushesNotDownAndCancelsIt() {
        assertThat(simplified(new Not(or(gt(A, 1L), new Not(new IsNull(B)))))).startsWith("""
                Filter ((a#1 <= 1) AND (b#2 IS NULL))
                """);
        assertThat(simplified(new Not(new Not(gt(A, 1L))))).startsWith("Filter (a#1 > 1)\n");
    }

    @Test
    void factorsACommonConjunct() {
        assertThat(simplified(or(and(gt(A, 1L), gt(B, 2L)), and(gt(A, 1L), gt(C, 3L)))))
                .startsWith("""
                Filter ((a#1 > 1) AND ((b#2 > 2) OR (c#3 > 3)))
                """);
        assertThat(simplified(or(and(gt(A, 1L), gt(B, 2L)), gt(A, 1L)))).startsWith("Filter (a#1 > 1)\n");
        assertThat(simplified(and(gt(A, 1L), gt(A, 1L)))).startsWith("Filter (a#1 > 1)\n");
    }

    @Test
    void doesNotFireOnWhatItCannotDecide() {
        RuleTesting.doesNotFire(rule, new Filter(or(gt(A, 1L), gt(B, 2L)), scan("t", 1, A, B)));
        // a nullable x AND NOT x is null, not false, where x is
        RuleTesting.doesNotFire(
                rule,
                new Filter(
                        and(TestFunction.predicate("p", A), new Not(TestFunction.predicate("p", A))),
                        scan("t", 1, A, B)));
    }
}

package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Fixtures.alias;
import static io.rivulet.sql.optimizer.Fixtures.lit;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.CaseWhen;
import io.rivulet.sql.expr.If;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class SimplifyConditionalsTest {
    private static final AttributeReference A = longColumn("a", 1);
    private final Rule rule = new SimplifyConditionals();

    @Test
    void takesTheBranchOfALiteralCondition() {
        LogicalPlan plan = project(
                scan("t", 1, A),
                alias(new If(Literal.TRUE, A, lit(0L)), "x", 10),
                alias(new If(Literal.FALSE, A, lit(0L)), "y", 11),
                alias(new If(gt(A, 1L), lit(5L), lit(5L)), "z", 12));
        assertThat(plan.treeString()).isEqualTo("""
                Project [if (true) a#1 else 0 AS x#10, if (false) a#1 else 0 AS y#11, if ((a#1 > 1)) 5 else 5 AS z#12]
                +- Relation t[a#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [a#1 AS x#10, 0 AS y#11, 5 AS z#12]
                +- Relation t[a#1]
                """);
    }

    @Test
    void dropsFalseBranchesAndEndsAtTheFirstTrueOne() {
        CaseWhen caseWhen = CaseWhen.of(Literal.FALSE, lit(1L))
                .when(gt(A, 1L), lit(2L))
                .when(Literal.TRUE, lit(3L))
                .when(gt(A, 9L), lit(4L))
                .otherwise(lit(5L));
        LogicalPlan plan = project(scan("t", 1, A), alias(caseWhen, "x", 10));
        String after = RuleTesting.after(rule, plan);
        assertThat(after)
                .isEqualTo(RuleTesting.after(
                        rule,
                        project(
                                scan("t", 1, A),
                                alias(CaseWhen.of(gt(A, 1L), lit(2L)).when(Literal.TRUE, lit(3L)), "x", 10))));
        assertThat(RuleTesting.rewrite(rule, plan).expressions().get(0))
                .isEqualTo(alias(CaseWhen.of(gt(A, 1L), lit(2L)).when(Literal.TRUE, lit(3L)), "x", 10));
        LogicalPlan first = project(
                scan("t", 1, A), alias(CaseWhen.of(Literal.FALSE, lit(1L)).when(Literal.TRUE, A), "x", 10));
        assertThat(RuleTesting.rewrite(rule, first).expressions().get(0)).isEqualTo(alias(A, "x", 10));
    }

    @Test
    void doesNotFireOnConditionsOfColumns() {
        RuleTesting.doesNotFire(rule, project(scan("t", 1, A), alias(new If(gt(A, 1L), A, lit(0L)), "x", 10)));
        RuleTesting.doesNotFire(
                rule, project(scan("t", 1, A), alias(CaseWhen.of(gt(A, 1L), A).otherwise(lit(0L)), "x", 10)));
    }
}

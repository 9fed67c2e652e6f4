package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.and;
import static io.rivulet.sql.optimizer.Exprs.eq;
import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Exprs.or;
import static io.rivulet.sql.optimizer.Fixtures.lit;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static io.rivulet.sql.optimizer.Fixtures.stringColumn;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.IsNull;
import io.rivulet.sql.expr.LessThan;
import io.rivulet.sql.expr.Not;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.ScanRelation;
import org.junit.jupiter.api.Test;

class PushFilterIntoScanTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference S = stringColumn("s", 2);
    private final Rule rule = new PushFilterIntoScan();

    @Test
    void offersTheTranslatableConjunctsAndKeepsTheFilter() {
        LogicalPlan plan = new Filter(
                and(and(and(gt(A, 5L), eq(lit("x"), S)), new Not(new IsNull(S))), TestFunction.predicate("f", A)),
                scan("t", 1, A, S));
        assertThat(plan.treeString()).isEqualTo("""
                Filter ((((a#1 > 5) AND (x = s#2)) AND NOT (s#2 IS NULL)) AND f(a#1))
                +- Relation t[a#1, s#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Filter ((((a#1 > 5) AND (x = s#2)) AND NOT (s#2 IS NULL)) AND f(a#1))
                +- Relation t[a#1, s#2], PushedFilters: [GreaterThan(a,5), EqualTo(s,x), Not(IsNull(s))]
                """);
    }

    @Test
    void flipsComparisonsWithTheLiteralOnTheLeftAndTranslatesDisjunctions() {
        LogicalPlan plan = new Filter(or(new LessThan(lit(3L), A), eq(A, lit(1L))), scan("t", 1, A));
        ScanRelation scan =
                (ScanRelation) RuleTesting.rewrite(rule, plan).children().get(0);
        assertThat(scan.pushedFilters())
                .containsExactly(new io.rivulet.sql.sources.Filter.Or(
                        new io.rivulet.sql.sources.Filter.GreaterThan("a", 3L),
                        new io.rivulet.sql.sources.Filter.EqualTo("a", 1L)));
    }

    @Test
    void thePlannerSeesTheSameTranslation() {
        ScanRelation scan = scan("t", 1, A, S);
        assertThat(ScanFilters.translate(gt(A, 5L), scan.output()))
                .contains(new io.rivulet.sql.sources.Filter.GreaterThan("a", 5L));
        assertThat(ScanFilters.translate(gt(longColumn("other", 9), 5L), scan.output()))
                .isEmpty();
        assertThat(ScanFilters.conjuncts(and(gt(A, 5L), eq(A, lit(1L))))).hasSize(2);
    }

    @Test
    void doesNotFireWhenNothingTranslates() {
        RuleTesting.doesNotFire(rule, new Filter(or(gt(A, 5L), TestFunction.predicate("f", A)), scan("t", 1, A)));
        RuleTesting.doesNotFire(rule, new Filter(TestFunction.random("rand", A), scan("t", 1, A)));
    }
}

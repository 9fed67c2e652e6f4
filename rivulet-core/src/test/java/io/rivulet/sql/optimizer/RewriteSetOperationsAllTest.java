package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SetOperation;
import org.junit.jupiter.api.Test;

/** {@link RewriteExceptAll} and {@link RewriteIntersectAll}: counted per distinct row, then replicated. */
class RewriteSetOperationsAllTest {
    // ids far above those the rules draw, so that new ids never print as a fixture's
    private static final AttributeReference A = longColumn("a", 900_001);
    private static final AttributeReference B = longColumn("b", 900_003);

    private static LogicalPlan operation(SetOperation.Kind kind, boolean all) {
        return new SetOperation(kind, all, scan("x", 1, A), scan("y", 1, B));
    }

    @Test
    void exceptAllSumsTagsOfOneAndMinusOneAndReplicatesThePositiveSums() {
        LogicalPlan plan = operation(SetOperation.Kind.EXCEPT, true);
        assertThat(RuleTesting.withFreshIds(RuleTesting.rewrite(new RewriteExceptAll(), plan), plan))
                .isEqualTo("""
                Project [a#900001]
                +- Generate replicaterows(sum#new1), false, []
                   +- Filter (sum#new1 > 0)
                      +- Aggregate [a#900001], [a#900001, sum(vcol#new2) AS sum#new1]
                         +- Union
                            :- Project [a#900001, 1 AS vcol#new2]
                            :  +- Relation x[a#900001]
                            +- Project [b#900003, -1 AS vcol#new3]
                               +- Relation y[b#900003]
                """);
    }

    @Test
    void intersectAllCountsEachSidesTagAndReplicatesTheSmallerCount() {
        LogicalPlan plan = operation(SetOperation.Kind.INTERSECT, true);
        assertThat(RuleTesting.withFreshIds(RuleTesting.rewrite(new RewriteIntersectAll(), plan), plan))
                .isEqualTo("""
                Project [a#900001]
                +- Generate replicaterows(min_count#new1), false, []
                   +- Project [if ((vcol1_count#new2 > vcol2_count#new3)) vcol2_count#new3 else vcol1_count#new2 \
                AS min_count#new1, a#900001]
                      +- Filter ((vcol1_count#new2 >= 1) AND (vcol2_count#new3 >= 1))
                         +- Aggregate [a#900001], [count(vcol1#new4) AS vcol1_count#new2, count(vcol2#new5) AS \
                vcol2_count#new3, a#900001]
                            +- Union
                               :- Project [true AS vcol1#new4, null AS vcol2#new5, a#900001]
                               :  +- Relation x[a#900001]
                               +- Project [null AS vcol1#new6, true AS vcol2#new7, b#900003]
                                  +- Relation y[b#900003]
                """);
    }

    @Test
    void neitherFiresOnTheDistinctForms() {
        RuleTesting.doesNotFire(new RewriteExceptAll(), operation(SetOperation.Kind.EXCEPT, false));
        RuleTesting.doesNotFire(new RewriteExceptAll(), operation(SetOperation.Kind.INTERSECT, true));
        RuleTesting.doesNotFire(new RewriteIntersectAll(), operation(SetOperation.Kind.INTERSECT, false));
        RuleTesting.doesNotFire(new RewriteIntersectAll(), operation(SetOperation.Kind.EXCEPT, true));
    }
}

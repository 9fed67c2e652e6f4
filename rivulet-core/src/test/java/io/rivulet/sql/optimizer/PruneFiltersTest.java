package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static io.rivulet.sql.optimizer.TestFunction.predicate;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

class PruneFiltersTest {
    private static final AttributeReference A = longColumn("a", 1);
    private final Rule rule = new PruneFilters();

    @Test
    void removesAFilterThatIsAlwaysTrue() {
        Filter plan = new Filter(Literal.TRUE, scan("t", 1, A));
        assertThat(plan.treeString()).isEqualTo("""
                Filter true
                +- Relation t[a#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Relation t[a#1]
                """);
    }

    @Test
    void aFilterThatIsFalseOrNullGivesNoRow() {
        LocalRelation empty = (LocalRelation) RuleTesting.rewrite(rule, new Filter(Literal.FALSE, scan("t", 1, A)));
        assertThat(empty.treeString()).isEqualTo("""
                LocalRelation [a#1]
                """);
        assertThat(empty.rowCount()).isZero();
        assertThat(RuleTesting.after(rule, new Filter(Literal.ofNull(DataTypes.BooleanType), scan("t", 1, A))))
                .isEqualTo("""
                LocalRelation [a#1]
                """);
    }

    @Test
    void doesNotFireOnAnyOtherCondition() {
        RuleTesting.doesNotFire(rule, new Filter(predicate("p", A), scan("t", 1, A)));
    }
}

package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.lit;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static io.rivulet.sql.optimizer.Fixtures.stringColumn;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Like;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class LikeSimplificationTest {
    private static final AttributeReference S = stringColumn("s", 1);
    private final Rule rule = new LikeSimplification();

    private String simplified(String pattern) {
        return RuleTesting.after(rule, new Filter(new Like(S, lit(pattern)), scan("t", 1, S)));
    }

    @Test
    void aPrefixPatternIsStartsWith() {
        LogicalPlan plan = new Filter(new Like(S, lit("abc%")), scan("t", 1, S));
        assertThat(plan.treeString()).isEqualTo("""
                Filter s#1 LIKE abc%
                +- Relation t[s#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Filter startswith(s#1, abc)
                +- Relation t[s#1]
                """);
    }

    @Test
    void suffixInfixAndPlainPatterns() {
        assertThat(simplified("%abc")).startsWith("Filter endswith(s#1, abc)\n");
        assertThat(simplified("%abc%")).startsWith("Filter contains(s#1, abc)\n");
        assertThat(simplified("abc")).startsWith("Filter (s#1 = abc)\n");
    }

    @Test
    void doesNotFireOnWildcardsInsideOrEscapes() {
        RuleTesting.doesNotFire(rule, new Filter(new Like(S, lit("a_c%")), scan("t", 1, S)));
        RuleTesting.doesNotFire(rule, new Filter(new Like(S, lit("a%c")), scan("t", 1, S)));
        RuleTesting.doesNotFire(rule, new Filter(new Like(S, lit("ab\\%%")), scan("t", 1, S)));
    }
}

package io.rivulet.sql.analysis;

import static io.rivulet.sql.analysis.AnalyzerFixtures.analyze;
import static io.rivulet.sql.analysis.AnalyzerFixtures.analyzer;
import static io.rivulet.sql.analysis.AnalyzerFixtures.attr;
import static io.rivulet.sql.analysis.AnalyzerFixtures.catalog;
import static io.rivulet.sql.analysis.AnalyzerFixtures.col;
import static io.rivulet.sql.analysis.AnalyzerFixtures.relation;
import static io.rivulet.sql.analysis.AnalyzerFixtures.select;
import static io.rivulet.sql.analysis.AnalyzerFixtures.t1;
import static io.rivulet.sql.analysis.AnalyzerFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.UnresolvedStar;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The analyzer as a whole: batches, idempotence, one-off expressions, names of columns, the check phase. */
class AnalyzerTest {
    @Test
    void anAnalyzedPlanIsReturnedAsItIsAndNotWalkedAgain() {
        Analyzer analyzer = analyzer(catalog());
        LogicalPlan analyzed = analyzer.analyze(select(t1(), col("a"), col("b")));
        assertThat(analyzer.analyze(analyzed)).isSameAs(analyzed);
        LogicalPlan next = analyzer.analyze(new Filter(new TestFunctions.EqualTo(col("a"), Literal.of(1)), analyzed));
        assertThat(((Filter) next).child()).isSameAs(analyzed);
        assertThat(AnalyzedPlans.contains(next)).isTrue();
    }

    @Test
    void aRuleThatNeverSettlesHitsTheIterationCap() {
        AnalyzerRule renaming = (node, context) -> node instanceof LocalRelation local
                ? Optional.of(new LocalRelation(
                        List.of(attr(local.output().get(0).name() + "x", DataTypes.IntegerType)), List.of()))
                : Optional.empty();
        Analyzer analyzer = new Analyzer(
                catalog(), AnalyzerFixtures.CONF, List.of(new Analyzer.Batch("Forever", 5, List.of(renaming))));
        assertThatThrownBy(() -> analyzer.analyze(relation(attr("a", DataTypes.IntegerType))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Max iterations (5) reached for batch Forever: the rules [")
                .hasMessageContaining("] still change the plan\nLocalRelation [axxxxx#");
        assertThat(Analyzer.MAX_ITERATIONS).isEqualTo(100);
    }

    @Test
    void analyzeExpressionResolvesAgainstAPlansOutput() {
        Analyzer analyzer = analyzer(catalog());
        LocalRelation t1 = t1();
        Expression resolved = analyzer.analyzeExpression(UnresolvedFunction.of("upper", col("C")), t1);
        assertThat(resolved.toString())
                .isEqualTo(new TestFunctions.Upper(t1.output().get(2).withName("C")).toString());
        assertThatThrownBy(() -> analyzer.analyzeExpression(UnresolvedFunction.of("sum", col("a")), t1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the expression needs an operator of its own (an aggregate, a window or a generator):"
                        + " sum(a)");
    }

    @Test
    void unnamedColumnsAreNamedAsSparkNamesThem() {
        LocalRelation t1 = t1();
        LogicalPlan plan = select(
                t1,
                new TestFunctions.Add(col("a"), Literal.of(1)),
                new Cast(col("a"), DataTypes.LongType, EvalMode.ANSI),
                UnresolvedFunction.of("upper", col("c")),
                Literal.of("x"),
                Alias.of(col("a"), "q"),
                new TestFunctions.Add(Alias.of(col("a"), "inner"), Literal.of(2)));
        assertThat(tree(analyze(plan))).isEqualTo("""
                Project [(a#0 + 1) AS (a + 1)#6, cast(a#0 as bigint) AS a#7, upper(c#2) AS upper(c)#8, x AS x#9, a#0 AS q#10, (a#0 + 2) AS (a AS inner + 2)#11]
                +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
    }

    @Test
    void anUnknownFunctionIsUnresolvedRoutine() {
        assertThatThrownBy(() -> analyze(select(t1(), UnresolvedFunction.of("nosuch", col("a")))))
                .hasMessage("[UNRESOLVED_ROUTINE] Cannot resolve routine `nosuch` on search path [`system`.`builtin`,"
                        + " `system`.`session`, `spark_catalog`.`default`].");
        assertThatThrownBy(() -> new Analyzer(new Catalog(), AnalyzerFixtures.CONF)
                        .analyze(select(t1(), UnresolvedFunction.of("upper", col("c")))))
                .hasMessageStartingWith("[UNRESOLVED_ROUTINE] Cannot resolve routine `upper`");
    }

    @Test
    void typeErrorsKeepTheExpressionPackagesMessages() {
        assertThatThrownBy(() -> analyze(select(t1(), new TestFunctions.Add(col("a"), col("s")))))
                .hasMessage("[DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES] Cannot resolve \"(a + s)\" due to data type"
                        + " mismatch: the left and right operands of the binary operator have incompatible types"
                        + " (\"INT\" and \"STRUCT<f: INT NOT NULL, g: STRUCT<h: INT NOT NULL> NOT NULL>\").");
    }

    @Test
    void conditionsMustBeBoolean() {
        assertThatThrownBy(() -> analyze(new Filter(col("a"), t1())))
                .hasMessage("[DATATYPE_MISMATCH.FILTER_NOT_BOOLEAN] Cannot resolve \"a\" due to data type mismatch:"
                        + " Filter expression \"a\" of type \"INT\" is not a boolean.");
        LocalRelation right = relation(attr("d", DataTypes.IntegerType));
        assertThatThrownBy(() -> analyze(Join.on(t1(), right, JoinType.INNER, col("d"))))
                .hasMessage("[JOIN_CONDITION_IS_NOT_BOOLEAN_TYPE] The join condition \"d\" has the invalid type"
                        + " \"INT\", expected \"BOOLEAN\".");
    }

    @Test
    void anAttributeFromAnotherPlanIsMissingFromTheInput() {
        AttributeReference foreign =
                new AttributeReference("a", DataTypes.IntegerType, true, new io.rivulet.sql.expr.ExprId(-7), List.of());
        LogicalPlan plan = new Project(List.of(foreign), t1());
        assertThatThrownBy(() -> analyze(plan))
                .hasMessageStartingWith("[MISSING_ATTRIBUTES.RESOLVED_ATTRIBUTE_APPEAR_IN_OPERATION] Resolved"
                        + " attribute(s) a#-7 missing from a#")
                .hasMessageEndingWith(" in operator !Project [a#-7]. Attribute(s) with the same name appear in the"
                        + " operation: a.\nPlease check if the right attribute(s) are used.");
    }

    @Test
    void aStarInAProjectionOfAJoinIsBothSides() {
        LocalRelation right = relation(attr("d", DataTypes.IntegerType));
        LogicalPlan analyzed = analyze(select(Join.on(t1(), right, JoinType.CROSS, null), UnresolvedStar.ALL));
        assertThat(analyzed.output()).hasSize(7);
    }
}

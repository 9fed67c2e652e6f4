package io.rivulet.sql.analysis;

import static io.rivulet.sql.analysis.AnalyzerFixtures.analyze;
import static io.rivulet.sql.analysis.AnalyzerFixtures.attr;
import static io.rivulet.sql.analysis.AnalyzerFixtures.col;
import static io.rivulet.sql.analysis.AnalyzerFixtures.relation;
import static io.rivulet.sql.analysis.AnalyzerFixtures.select;
import static io.rivulet.sql.analysis.AnalyzerFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinHint;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.RangeRelation;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DeduplicateRelations, ResolveUsingJoin, ResolveUnionByName, WidenSetOperationTypes and the set operation checks. */
class JoinAndSetOperationRulesTest {
    private static final AnalysisContext CONTEXT =
            new AnalysisContext(AnalyzerFixtures.catalog(), AnalyzerFixtures.CONF);

    private static LocalRelation t1() {
        return relation(
                attr("a", DataTypes.IntegerType), attr("b", DataTypes.LongType), attr("c", DataTypes.StringType));
    }

    private static LocalRelation t2() {
        return relation(attr("a", DataTypes.IntegerType), attr("d", DataTypes.IntegerType));
    }

    private static Join using(LogicalPlan left, LogicalPlan right, JoinType type, String... columns) {
        return new Join(left, right, type, Optional.empty(), List.of(columns), JoinHint.NONE);
    }

    private static RangeRelation range() {
        return new RangeRelation(
                0, 3, 1, 1, new AttributeReference("id", DataTypes.LongType, false, ExprId.next(), List.of()));
    }

    @Test
    void aSelfJoinGivesTheRightSideFreshIds() {
        LogicalPlan analyzed = analyze(select(range(), col("id")));
        Join self = Join.on(analyzed, analyzed, JoinType.INNER, null);
        assertThat(tree(self)).isEqualTo("""
                Join Inner
                :- Project [id#0]
                :  +- Range (0, 3, step=1, splits=1)
                +- Project [id#0]
                   +- Range (0, 3, step=1, splits=1)
                """);
        assertThat(tree(new DeduplicateRelations().apply(self, CONTEXT).orElseThrow()))
                .isEqualTo("""
                Join Inner
                :- Project [id#1]
                :  +- Range (0, 3, step=1, splits=1)
                +- Project [id#0]
                   +- Range (0, 3, step=1, splits=1)
                """);
        assertThat(new DeduplicateRelations().apply(Join.on(t1(), t2(), JoinType.INNER, null), CONTEXT))
                .isEmpty();
    }

    @Test
    void aSelfJoinUsingAColumnKeepsTheLeftKey() {
        LocalRelation r = relation(attr("id", DataTypes.LongType), attr("v", DataTypes.StringType));
        assertThat(tree(analyze(using(r, r, JoinType.INNER, "id")))).isEqualTo("""
                Project [id#2, v#3, v#1]
                +- Join Inner, (id#2 = id#0)
                   :- LocalRelation [id#2, v#3]
                   +- LocalRelation [id#0, v#1]
                """);
    }

    @Test
    void usingColumnsKeepOneKeyPerNameBySide() {
        assertThat(tree(analyze(using(t1(), t2(), JoinType.INNER, "A")))).isEqualTo("""
                Project [a#2, b#3, c#4, d#1]
                +- Join Inner, (a#2 = a#0)
                   :- LocalRelation [a#2, b#3, c#4]
                   +- LocalRelation [a#0, d#1]
                """);
        assertThat(tree(analyze(using(t1(), t2(), JoinType.RIGHT_OUTER, "a")))).isEqualTo("""
                Project [a#0, b#3, c#4, d#1]
                +- Join RightOuter, (a#2 = a#0)
                   :- LocalRelation [a#2, b#3, c#4]
                   +- LocalRelation [a#0, d#1]
                """);
        assertThat(tree(analyze(using(t1(), t2(), JoinType.FULL_OUTER, "a")))).isEqualTo("""
                Project [coalesce(a#2, a#0) AS a#5, b#3, c#4, d#1]
                +- Join FullOuter, (a#2 = a#0)
                   :- LocalRelation [a#2, b#3, c#4]
                   +- LocalRelation [a#0, d#1]
                """);
        assertThat(tree(analyze(using(t1(), t2(), JoinType.LEFT_SEMI, "a")))).isEqualTo("""
                Project [a#2, b#3, c#4]
                +- Join LeftSemi, (a#2 = a#0)
                   :- LocalRelation [a#2, b#3, c#4]
                   +- LocalRelation [a#0, d#1]
                """);
    }

    @Test
    void aLeftJoinsRightColumnsBecomeNullable() {
        LogicalPlan analyzed = analyze(using(t1(), t2(), JoinType.LEFT_OUTER, "a"));
        assertThat(analyzed.schema().fields()[3].nullable()).isTrue();
        assertThat(tree(analyzed)).startsWith("Project [a#2, b#3, c#4, d#1]\n+- Join LeftOuter, (a#2 = a#0)");
    }

    @Test
    void aUsingColumnOneSideLacksIsAnError() {
        assertThatThrownBy(() -> analyze(using(t1(), t2(), JoinType.INNER, "zz")))
                .hasMessage("[UNRESOLVED_USING_COLUMN_FOR_JOIN] USING column `zz` cannot be resolved on the left side"
                        + " of the join. The left-side columns: [`a`, `b`, `c`].");
        assertThatThrownBy(() -> analyze(using(t1(), t2(), JoinType.INNER, "b")))
                .hasMessage("[UNRESOLVED_USING_COLUMN_FOR_JOIN] USING column `b` cannot be resolved on the right side"
                        + " of the join. The right-side columns: [`a`, `d`].");
    }

    @Test
    void unionByNameMatchesColumnsByNameAndFillsMissingOnesWithNulls() {
        LocalRelation ab = relation(attr("a", DataTypes.IntegerType), attr("b", DataTypes.LongType));
        LocalRelation da = relation(attr("D", DataTypes.IntegerType), attr("a", DataTypes.IntegerType));
        assertThat(tree(analyze(new Union(List.of(ab, t2()), true, true)))).isEqualTo("""
                Union
                :- Project [a#3, b#4, null AS d#5]
                :  +- LocalRelation [a#3, b#4]
                +- Project [a#0, null AS b#2, d#1]
                   +- LocalRelation [a#0, d#1]
                """);
        assertThat(tree(analyze(new Union(List.of(da, t2()), true, false)))).isEqualTo("""
                Union
                :- LocalRelation [D#2, a#3]
                +- Project [d#1, a#0]
                   +- LocalRelation [a#0, d#1]
                """);
        assertThatThrownBy(() -> analyze(new Union(List.of(ab, t2()), true, false)))
                .hasMessage("[_LEGACY_ERROR_TEMP_1201] Cannot resolve column name \"b\" among (a, d).");
        assertThat(new ResolveUnionByName().apply(Union.of(ab, ab), CONTEXT)).isEmpty();
    }

    @Test
    void setOperationColumnsMeetAtTheirWiderTypes() {
        LocalRelation ac = relation(attr("c", DataTypes.StringType), attr("a", DataTypes.IntegerType));
        assertThat(tree(analyze(Union.of(ac, t2())))).isEqualTo("""
                Union
                :- Project [cast(c#3 as bigint) AS c#5, a#4]
                :  +- LocalRelation [c#3, a#4]
                +- Project [cast(a#0 as bigint) AS a#2, d#1]
                   +- LocalRelation [a#0, d#1]
                """);
        LocalRelation ab = relation(attr("a", DataTypes.IntegerType), attr("b", DataTypes.LongType));
        assertThat(tree(analyze(new SetOperation(SetOperation.Kind.INTERSECT, false, ab, t2()))))
                .isEqualTo("""
                Intersect false
                :- LocalRelation [a#3, b#4]
                +- Project [a#0, cast(d#1 as bigint) AS d#2]
                   +- LocalRelation [a#0, d#1]
                """);
        assertThat(new WidenSetOperationTypes().apply(Union.of(t2(), t2()), CONTEXT))
                .isEmpty();
    }

    @Test
    void setOperationsNeedAsManyColumnsOfCompatibleTypes() {
        LocalRelation three = relation(
                attr("a", DataTypes.IntegerType), attr("d", DataTypes.IntegerType), attr("e", DataTypes.IntegerType));
        assertThatThrownBy(() -> analyze(Union.of(t2(), three)))
                .hasMessage("[NUM_COLUMNS_MISMATCH] UNION can only be performed on inputs with the same number of"
                        + " columns, but the first input has 2 columns and the second input has 3 columns.");
        LocalRelation as = relation(attr("a", DataTypes.IntegerType), attr("s", AnalyzerFixtures.S_TYPE));
        assertThatThrownBy(() -> analyze(new SetOperation(SetOperation.Kind.EXCEPT, false, as, t2())))
                .hasMessage("[INCOMPATIBLE_COLUMN_TYPE] EXCEPT can only be performed on tables with compatible column"
                        + " types. The second column of the second table is \"INT\" type which is not compatible with"
                        + " \"STRUCT<f: INT NOT NULL, g: STRUCT<h: INT NOT NULL> NOT NULL>\" at the same column of the"
                        + " first table..");
    }
}

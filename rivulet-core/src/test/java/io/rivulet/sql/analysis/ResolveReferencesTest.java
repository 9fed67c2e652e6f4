package io.rivulet.sql.analysis;

import static io.rivulet.sql.analysis.AnalyzerFixtures.analyze;
import static io.rivulet.sql.analysis.AnalyzerFixtures.attr;
import static io.rivulet.sql.analysis.AnalyzerFixtures.col;
import static io.rivulet.sql.analysis.AnalyzerFixtures.relation;
import static io.rivulet.sql.analysis.AnalyzerFixtures.select;
import static io.rivulet.sql.analysis.AnalyzerFixtures.t1;
import static io.rivulet.sql.analysis.AnalyzerFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.UnresolvedExtractValue;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.UnresolvedStar;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Deduplicate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SubqueryAlias;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolveReferencesTest {
    private static LocalRelation t2() {
        return relation(attr("a", DataTypes.IntegerType), attr("d", DataTypes.IntegerType));
    }

    private static LocalRelation t3() {
        return relation(
                attr("abc", DataTypes.IntegerType),
                attr("abd", DataTypes.IntegerType),
                attr("xyz", DataTypes.IntegerType),
                attr("ab", DataTypes.IntegerType));
    }

    @Test
    void namesBecomeTheChildsAttributesKeepingTheSpellingUsed() {
        LogicalPlan plan = select(t1(), col("a"), col("B"));
        assertThat(tree(plan)).isEqualTo("""
                'Project [unresolvedalias('a), unresolvedalias('B)]
                +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        assertThat(tree(analyze(plan))).isEqualTo("""
                Project [a#0, B#1]
                +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
    }

    @Test
    void nestedFieldsAreExtractedAndNamedByTheirLastPartAtTheTop() {
        LogicalPlan plan = new Filter(
                new TestFunctions.EqualTo(col("s.g.h"), Literal.of(1)), select(t1(), col("s.g.h"), col("S.F")));
        assertThat(tree(analyze(select(t1(), col("s.g.h"), col("S.F"))))).isEqualTo("""
                Project [s#3.g.h AS h#6, S#3.F AS F#7]
                +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        assertThat(tree(analyze(new Filter(new TestFunctions.EqualTo(col("s.f"), Literal.of(1)), t1()))))
                .isEqualTo("""
                Filter (s#3.f = 1)
                +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        assertThat(plan.resolved()).isFalse();
    }

    @Test
    void qualifiersComeFromSubqueryAliases() {
        LogicalPlan join = Join.on(new SubqueryAlias("x", t1()), new SubqueryAlias("y", t2()), JoinType.INNER, null);
        assertThat(tree(analyze(select(join, col("x.a"), col("y.a"), col("d"), col("x.s.f")))))
                .isEqualTo("""
                Project [a#2, a#0, d#1, s#5.f AS f#8]
                +- Join Inner
                   :- SubqueryAlias x
                   :  +- LocalRelation [a#2, b#3, c#4, s#5, arr#6, m#7]
                   +- SubqueryAlias y
                      +- LocalRelation [a#0, d#1]
                """);
    }

    @Test
    void anAmbiguousNameListsItsCandidatesSorted() {
        LogicalPlan join = Join.on(new SubqueryAlias("t2", t2()), new SubqueryAlias("t1", t1()), JoinType.INNER, null);
        assertThatThrownBy(() -> analyze(select(join, col("a"))))
                .hasMessage("[AMBIGUOUS_REFERENCE] Reference `a` is ambiguous, could be: [`t1`.`a`, `t2`.`a`].");
        LogicalPlan unaliased = Join.on(t1(), relation(attr("s", AnalyzerFixtures.S_TYPE)), JoinType.INNER, null);
        assertThatThrownBy(() -> analyze(select(unaliased, col("s.f"))))
                .hasMessage("[AMBIGUOUS_REFERENCE] Reference `s`.`f` is ambiguous, could be: [`s`, `s`].");
    }

    @Test
    void aMissingColumnSuggestsTheClosestAsSparkOrdersThem() {
        // Spark 4.0.4: candidates sorted by name, then by Levenshtein distance of their quoted form, five at most.
        assertThatThrownBy(() -> analyze(select(t1(), col("x"))))
                .hasMessage("[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column, variable, or function parameter with name"
                        + " `x` cannot be resolved. Did you mean one of the following? [`a`, `b`, `c`, `m`, `s`].");
        assertThatThrownBy(() -> analyze(select(t3(), col("abx"))))
                .hasMessageEndingWith("with name `abx` cannot be resolved. Did you mean one of the following? [`ab`,"
                        + " `abc`, `abd`, `xyz`].");
        assertThatThrownBy(() -> analyze(select(t3(), col("zzz"))))
                .hasMessageEndingWith("Did you mean one of the following? [`ab`, `xyz`, `abc`, `abd`].");
        assertThatThrownBy(() -> analyze(select(new SubqueryAlias("t1", t1()), col("t1.zz"))))
                .hasMessageEndingWith("with name `t1`.`zz` cannot be resolved. Did you mean one of the following?"
                        + " [`t1`.`a`, `t1`.`b`, `t1`.`c`, `t1`.`m`, `t1`.`s`].");
    }

    @Test
    void aMissingColumnOverNoColumnsSuggestsNothing() {
        assertThatThrownBy(() -> analyze(select(relation(), col("x"))))
                .hasMessage("[UNRESOLVED_COLUMN.WITHOUT_SUGGESTION] A column, variable, or function parameter with"
                        + " name `x` cannot be resolved.");
    }

    @Test
    void aMissingNestedFieldNamesTheStructsFields() {
        assertThatThrownBy(() -> analyze(select(t1(), col("s.zz"))))
                .hasMessage("[FIELD_NOT_FOUND] No such struct field `zz` in `f`, `g`.");
        assertThatThrownBy(() -> analyze(select(t1(), col("a.x"))))
                .hasMessage("[INVALID_EXTRACT_BASE_FIELD_TYPE] Can't extract a value from \"a\". Need a complex type"
                        + " [STRUCT, ARRAY, MAP] but got \"INT\".");
    }

    @Test
    void extractValuesBecomeFieldsItemsAndMapValuesByTheChildsType() {
        LogicalPlan plan = select(
                t1(),
                new UnresolvedExtractValue(col("s"), Literal.of("f")),
                new UnresolvedExtractValue(col("arr"), Literal.of(0)),
                new UnresolvedExtractValue(col("m"), Literal.of("k")),
                new UnresolvedExtractValue(col("arr"), col("a")));
        assertThat(tree(analyze(plan))).isEqualTo("""
                Project [s#3.f AS s.f#6, arr#4[0] AS arr[0]#7, m#5[k] AS m[k]#8, arr#4[a#0] AS arr[a]#9]
                +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        assertThatThrownBy(() -> analyze(select(t1(), new UnresolvedExtractValue(col("a"), Literal.of("f")))))
                .hasMessage("[INVALID_EXTRACT_BASE_FIELD_TYPE] Can't extract a value from \"a\". Need a complex type"
                        + " [STRUCT, ARRAY, MAP] but got \"INT\".");
        assertThatThrownBy(() -> analyze(select(t1(), new UnresolvedExtractValue(col("s"), Literal.of(0)))))
                .hasMessage("[INVALID_EXTRACT_FIELD_TYPE] Field name should be a non-null string literal, but it's"
                        + " \"0\".");
    }

    @Test
    void starsExpandToAllColumnsARelationsOrAStructsFields() {
        LogicalPlan join = Join.on(new SubqueryAlias("x", t2()), new SubqueryAlias("y", t2()), JoinType.INNER, null);
        assertThat(tree(analyze(select(t2(), UnresolvedStar.ALL)))).isEqualTo("""
                Project [a#0, d#1]
                +- LocalRelation [a#0, d#1]
                """);
        assertThat(tree(analyze(select(join, new UnresolvedStar(List.of("y"))))))
                .isEqualTo("""
                Project [a#0, d#1]
                +- Join Inner
                   :- SubqueryAlias x
                   :  +- LocalRelation [a#2, d#3]
                   +- SubqueryAlias y
                      +- LocalRelation [a#0, d#1]
                """);
        assertThat(tree(analyze(select(t1(), new UnresolvedStar(List.of("s"))))))
                .isEqualTo("""
                Project [s#3.f AS f#6, s#3.g AS g#7]
                +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
    }

    @Test
    void aStarOfNothingOrOfANonStructIsAnError() {
        assertThatThrownBy(() -> analyze(select(t1(), new UnresolvedStar(List.of("q")))))
                .hasMessage("[CANNOT_RESOLVE_STAR_EXPAND] Cannot resolve `q`.* given input columns `a`, `arr`, `b`,"
                        + " `c`, `m`, `s`. Please check that the specified table or struct exists and is accessible in"
                        + " the input columns.");
        assertThatThrownBy(() -> analyze(select(t1(), new UnresolvedStar(List.of("a")))))
                .hasMessage(
                        "[_LEGACY_ERROR_TEMP_1050] Can only star expand struct data types. Attribute:" + " `List(a)`.");
        assertThatThrownBy(() -> analyze(new Filter(UnresolvedStar.ALL, t1())))
                .hasMessage("[INVALID_USAGE_OF_STAR_OR_REGEX] Invalid usage of '*' in Filter.");
    }

    @Test
    void aStarInACallIsItsArgumentsAndCountStarIsCountOne() {
        LocalRelation child = t2();
        LogicalPlan counted = new Aggregate(
                List.of(), List.of(AnalyzerFixtures.named(UnresolvedFunction.of("count", UnresolvedStar.ALL))), child);
        assertThat(tree(analyze(counted))).isEqualTo("""
                Aggregate [], [count(1) AS count(1)#2]
                +- LocalRelation [a#0, d#1]
                """);
        assertThat(tree(analyze(select(child, UnresolvedFunction.of("coalesce", UnresolvedStar.ALL)))))
                .isEqualTo("""
                Project [coalesce(a#0, d#1) AS coalesce(a, d)#2]
                +- LocalRelation [a#0, d#1]
                """);
    }

    @Test
    void dropDuplicatesKeysNameWholeColumns() {
        LocalRelation child = t2();
        assertThat(tree(analyze(new Deduplicate(List.of(col("D"), col("a")), child))))
                .isEqualTo("""
                Deduplicate [d#1, a#0]
                +- LocalRelation [a#0, d#1]
                """);
        assertThatThrownBy(() -> analyze(new Deduplicate(List.of(col("zz")), child)))
                .hasMessage("[_LEGACY_ERROR_TEMP_1201] Cannot resolve column name \"zz\" among (a, d).");
    }

    @Test
    void doesNotFireBeforeTheChildIsResolved() {
        LogicalPlan plan = select(select(t1(), col("x")), col("a"));
        assertThat(new ResolveReferences()
                        .apply(plan, new AnalysisContext(AnalyzerFixtures.catalog(), AnalyzerFixtures.CONF)))
                .isEmpty();
    }
}

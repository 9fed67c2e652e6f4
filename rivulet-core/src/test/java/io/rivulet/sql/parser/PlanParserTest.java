package io.rivulet.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.Row;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SubqueryAlias;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.RowBatches;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden plans of queries, printed as Spark prints parsed plans (ids as {@code #_}). Where Spark has a node
 * Rivulet has not, the expected tree says what stands in for it: {@code Limit} for Spark's {@code
 * GlobalLimit}/{@code LocalLimit}/{@code Offset}, a {@code Filter} over the {@code Aggregate} for {@code
 * UnresolvedHaving}, the inlined CTE for {@code CTE}/{@code WithCTE}, and windows put in place.
 */
class PlanParserTest {
    static String plan(String sql) {
        return SqlParser.parsePlan(sql, ExpressionParserTest.UTC).treeString().replaceAll("#\\d+", "#_");
    }

    @Test
    void selectFromWhere() {
        assertThat(plan("SELECT a, b AS c FROM t WHERE a > 1")).isEqualTo("""
                'Project [unresolvedalias('a), 'b AS c#_]
                +- 'Filter ('a > 1)
                   +- 'UnresolvedRelation [t]
                """);
        assertThat(plan("select * from db.t x")).isEqualTo("""
                'Project [unresolvedalias(*)]
                +- SubqueryAlias x
                   +- 'UnresolvedRelation [db, t]
                """);
        assertThat(plan("SELECT 1")).isEqualTo("""
                'Project [unresolvedalias(1)]
                +- OneRowRelation
                """);
        assertThat(plan("SELECT a FROM t;;")).isEqualTo(plan("SELECT a FROM t"));
        assertThat(plan("TABLE t")).isEqualTo("'UnresolvedRelation [t]\n");
    }

    @Test
    void groupByHavingOrderByLimit() {
        assertThat(plan("SELECT a, count(*) AS n FROM t GROUP BY a HAVING count(*) > 1 ORDER BY a DESC LIMIT 10"))
                .isEqualTo("""
                        Limit 10
                        +- 'Sort ['a DESC NULLS LAST], true
                           +- 'Filter ('count(1) > 1)
                              +- 'Aggregate ['a], [unresolvedalias('a), 'count(1) AS n#_]
                                 +- 'UnresolvedRelation [t]
                        """);
        // HAVING without GROUP BY is a global aggregation
        assertThat(plan("SELECT count(*) FROM t HAVING count(*) > 0")).isEqualTo("""
                'Filter ('count(1) > 0)
                +- 'Aggregate [], [unresolvedalias('count(1))]
                   +- 'UnresolvedRelation [t]
                """);
        assertThat(plan("SELECT DISTINCT a FROM t")).isEqualTo("""
                Distinct
                +- 'Project [unresolvedalias('a)]
                   +- 'UnresolvedRelation [t]
                """);
        assertThat(plan("SELECT a FROM t LIMIT 5 OFFSET 2")).startsWith("Limit 5, offset 2\n");
        assertThat(plan("SELECT a FROM t OFFSET 2")).startsWith("Limit 9223372036854775807, offset 2\n");
        assertThat(plan("SELECT a FROM t LIMIT ALL")).startsWith("'Project");
    }

    @Test
    void sortDistributeAndClusterBy() {
        assertThat(plan("SELECT * FROM t SORT BY b")).isEqualTo("""
                'Sort ['b ASC NULLS FIRST], false
                +- 'Project [unresolvedalias(*)]
                   +- 'UnresolvedRelation [t]
                """);
        assertThat(plan("SELECT * FROM t DISTRIBUTE BY a")).isEqualTo("""
                'RepartitionByExpression ['a], 0
                +- 'Project [unresolvedalias(*)]
                   +- 'UnresolvedRelation [t]
                """);
        assertThat(plan("SELECT * FROM t DISTRIBUTE BY a SORT BY b")).isEqualTo("""
                'Sort ['b ASC NULLS FIRST], false
                +- 'RepartitionByExpression ['a], 0
                   +- 'Project [unresolvedalias(*)]
                      +- 'UnresolvedRelation [t]
                """);
        assertThat(plan("SELECT * FROM t CLUSTER BY a")).isEqualTo(plan("SELECT * FROM t DISTRIBUTE BY a SORT BY a"));
    }

    @Test
    void joins() {
        assertThat(plan("SELECT * FROM t1 JOIN t2 USING (a) LEFT JOIN t3 ON t1.a = t3.a"))
                .isEqualTo("""
                'Project [unresolvedalias(*)]
                +- 'Join LeftOuter, ('t1.a = 't3.a)
                   :- 'Join Inner, using [a]
                   :  :- 'UnresolvedRelation [t1]
                   :  +- 'UnresolvedRelation [t2]
                   +- 'UnresolvedRelation [t3]
                """);
        assertThat(plan("SELECT * FROM a, b")).isEqualTo("""
                'Project [unresolvedalias(*)]
                +- 'Join Inner
                   :- 'UnresolvedRelation [a]
                   +- 'UnresolvedRelation [b]
                """);
        assertThat(joinLine("a CROSS JOIN b")).isEqualTo("'Join Cross");
        assertThat(joinLine("a INNER JOIN b ON x = y")).isEqualTo("'Join Inner, ('x = 'y)");
        assertThat(joinLine("a LEFT OUTER JOIN b ON x")).isEqualTo("'Join LeftOuter, 'x");
        assertThat(joinLine("a RIGHT JOIN b ON x")).isEqualTo("'Join RightOuter, 'x");
        assertThat(joinLine("a FULL OUTER JOIN b ON x")).isEqualTo("'Join FullOuter, 'x");
        assertThat(joinLine("a LEFT SEMI JOIN b ON x")).isEqualTo("'Join LeftSemi, 'x");
        assertThat(joinLine("a SEMI JOIN b ON x")).isEqualTo("'Join LeftSemi, 'x");
        assertThat(joinLine("a LEFT ANTI JOIN b ON x")).isEqualTo("'Join LeftAnti, 'x");
        assertThat(joinLine("a ANTI JOIN b USING (k, l)")).isEqualTo("'Join LeftAnti, using [k, l]");
        // a join keyword is no table alias
        assertThat(plan("SELECT * FROM a LEFT JOIN b ON x")).doesNotContain("SubqueryAlias");
    }

    private static String joinLine(String from) {
        return plan("SELECT * FROM " + from).split("\n")[1].substring(3);
    }

    @Test
    void subqueriesAndAliases() {
        assertThat(plan("SELECT x.a FROM (SELECT a FROM t) AS x")).isEqualTo("""
                'Project [unresolvedalias('x.a)]
                +- SubqueryAlias x
                   +- 'Project [unresolvedalias('a)]
                      +- 'UnresolvedRelation [t]
                """);
        assertThat(plan("SELECT * FROM (SELECT a FROM t)")).contains("SubqueryAlias __auto_generated_subquery_name");
        assertThat(plan("SELECT * FROM (a JOIN b) ab")).startsWith("""
                'Project [unresolvedalias(*)]
                +- SubqueryAlias ab
                   +- 'Join Inner
                """);
    }

    @Test
    void setOperations() {
        assertThat(plan("SELECT a FROM t UNION ALL SELECT b FROM u UNION ALL SELECT c FROM v"))
                .isEqualTo("""
                'Union
                :- 'Project [unresolvedalias('a)]
                :  +- 'UnresolvedRelation [t]
                :- 'Project [unresolvedalias('b)]
                :  +- 'UnresolvedRelation [u]
                +- 'Project [unresolvedalias('c)]
                   +- 'UnresolvedRelation [v]
                """);
        assertThat(plan("SELECT a FROM t UNION SELECT b FROM u")).startsWith("Distinct\n+- 'Union\n");
        assertThat(plan("SELECT a FROM t UNION DISTINCT SELECT b FROM u")).startsWith("Distinct\n+- 'Union\n");
        assertThat(plan("SELECT a FROM t INTERSECT SELECT b FROM u")).startsWith("Intersect false\n");
        assertThat(plan("SELECT a FROM t INTERSECT ALL SELECT b FROM u")).startsWith("Intersect All true\n");
        assertThat(plan("SELECT a FROM t EXCEPT SELECT b FROM u")).startsWith("Except false\n");
        assertThat(plan("SELECT a FROM t MINUS ALL SELECT b FROM u")).startsWith("Except All true\n");
        // INTERSECT binds tighter than UNION
        assertThat(plan("SELECT 1 UNION ALL SELECT 2 INTERSECT SELECT 3")).isEqualTo("""
                'Union
                :- 'Project [unresolvedalias(1)]
                :  +- OneRowRelation
                +- Intersect false
                   :- 'Project [unresolvedalias(2)]
                   :  +- OneRowRelation
                   +- 'Project [unresolvedalias(3)]
                      +- OneRowRelation
                """);
        // ORDER BY applies to the whole set operation
        assertThat(plan("SELECT a FROM t UNION ALL SELECT b FROM u ORDER BY 1"))
                .startsWith("'Sort [1 ASC NULLS FIRST], true\n+- 'Union");
    }

    @Test
    void ctesAreInlined() {
        assertThat(plan("WITH q AS (SELECT 1) SELECT * FROM q UNION ALL SELECT 2"))
                .isEqualTo("""
                'Union
                :- 'Project [unresolvedalias(*)]
                :  +- SubqueryAlias q
                :     +- 'Project [unresolvedalias(1)]
                :        +- OneRowRelation
                +- 'Project [unresolvedalias(2)]
                   +- OneRowRelation
                """);
        // a CTE may use those before it; names are case-insensitive; a table of another database is not the CTE
        assertThat(plan("WITH a AS (SELECT x FROM t), b AS (SELECT * FROM A) SELECT * FROM b JOIN db.a"))
                .isEqualTo("""
                'Project [unresolvedalias(*)]
                +- 'Join Inner
                   :- SubqueryAlias b
                   :  +- 'Project [unresolvedalias(*)]
                   :     +- SubqueryAlias a
                   :        +- 'Project [unresolvedalias('x)]
                   :           +- 'UnresolvedRelation [t]
                   +- 'UnresolvedRelation [db, a]
                """);
        // an inner WITH shadows an outer one
        assertThat(plan("WITH q AS (SELECT 1) SELECT * FROM (WITH q AS (SELECT 2) SELECT * FROM q)"))
                .contains("unresolvedalias(2)")
                .doesNotContain("unresolvedalias(1)");
    }

    @Test
    void lateralViews() {
        assertThat(plan("SELECT * FROM t LATERAL VIEW OUTER explode(a) tt AS c"))
                .isEqualTo("""
                'Project [unresolvedalias(*)]
                +- 'Generate 'explode('a), true, tt, ['c]
                   +- 'UnresolvedRelation [t]
                """);
        assertThat(plan("SELECT k, v FROM t LATERAL VIEW explode(m) x AS k, v LATERAL VIEW posexplode(arr) y"))
                .isEqualTo("""
                'Project [unresolvedalias('k), unresolvedalias('v)]
                +- 'Generate 'posexplode('arr), false, y, []
                   +- 'Generate 'explode('m), false, x, ['k, 'v]
                      +- 'UnresolvedRelation [t]
                """);
    }

    @Test
    void namedWindowsArePutInPlace() {
        String expected = plan("SELECT sum(a) OVER (PARTITION BY b ORDER BY c) FROM t");
        assertThat(plan("SELECT sum(a) OVER w FROM t WINDOW w AS (PARTITION BY b ORDER BY c)"))
                .isEqualTo(expected);
        assertThat(plan("SELECT sum(a) OVER (w) FROM t WINDOW w AS (PARTITION BY b ORDER BY c)"))
                .isEqualTo(expected);
        assertThat(plan("SELECT sum(a) OVER w2 FROM t WINDOW w1 AS (PARTITION BY b ORDER BY c), w2 AS w1"))
                .isEqualTo(expected);
        assertThat(expected).isEqualTo("""
                'Project [unresolvedalias('sum('a) windowspecdefinition('b, 'c ASC NULLS FIRST))]
                +- 'UnresolvedRelation [t]
                """);
    }

    @Test
    void valuesAreLocalRelations() {
        LogicalPlan plan = SqlParser.parsePlan("VALUES (1, 'a'), (2, NULL) AS t(x, y)");
        assertThat(plan.treeString().replaceAll("#\\d+", "#_")).isEqualTo("""
                SubqueryAlias t
                +- LocalRelation [x#_, y#_]
                """);
        LocalRelation relation = (LocalRelation) ((SubqueryAlias) plan).child();
        StructType schema = relation.schema();
        assertThat(schema.simpleString()).isEqualTo("struct<x:int,y:string>");
        assertThat(schema.fields()[0].nullable()).isFalse();
        assertThat(schema.fields()[1].nullable()).isTrue();
        List<Row> rows = RowBatches.toRows(relation.batches().get(0), schema);
        assertThat(rows.toString()).isEqualTo("[[1,a], [2,null]]");
        // one value a row, default names, widened types
        LocalRelation widened = (LocalRelation) SqlParser.parsePlan("VALUES 1, 2L, 3.5");
        assertThat(widened.output().get(0).name()).isEqualTo("col1");
        assertThat(widened.output().get(0).dataType()).isEqualTo(new DecimalType(21, 1));
        assertThat(RowBatches.toRows(widened.batches().get(0), widened.schema()).toString())
                .isEqualTo("[[1.0], [2.0], [3.5]]");
        LocalRelation doubles = (LocalRelation) SqlParser.parsePlan("SELECT * FROM VALUES (1), (2.5D)")
                .children()
                .get(0);
        assertThat(doubles.output().get(0).dataType()).isEqualTo(DataTypes.DoubleType);
    }
}

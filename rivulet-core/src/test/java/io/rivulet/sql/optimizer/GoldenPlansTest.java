package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.and;
import static io.rivulet.sql.optimizer.Exprs.eq;
import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Fixtures.alias;
import static io.rivulet.sql.optimizer.Fixtures.column;
import static io.rivulet.sql.optimizer.Fixtures.lit;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static io.rivulet.sql.optimizer.Fixtures.stringColumn;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Like;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.ScanRelation;
import io.rivulet.sql.plan.SetOperation;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.SubqueryAlias;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.types.DataTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole optimized plans of realistic queries over fake tables, against golden files in
 * {@code src/test/resources/io/rivulet/sql/optimizer/golden} (each: the query, the resolved plan as the analyzer
 * makes it, the plan after {@link Optimizer#BATCHES}). Rewrite them after a deliberate change with
 * {@code -Drivulet.golden.update=true}, and read the diff.
 */
class GoldenPlansTest {
    private static final Path DIR = Path.of("src", "test", "resources", "io", "rivulet", "sql", "optimizer", "golden");

    // orders: 10 MB; customers: 1 MB; lineitem: 100 MB; returns: 2 MB
    private static final AttributeReference O_ID = longColumn("o_id", 1);
    private static final AttributeReference O_CUST = longColumn("o_cust", 2);
    private static final AttributeReference O_AMOUNT = column("o_amount", DataTypes.DoubleType, 3);
    private static final AttributeReference O_STATUS = stringColumn("o_status", 4);
    private static final AttributeReference O_COMMENT = stringColumn("o_comment", 5);
    private static final AttributeReference C_ID = longColumn("c_id", 11);
    private static final AttributeReference C_NAME = stringColumn("c_name", 12);
    private static final AttributeReference C_COUNTRY = stringColumn("c_country", 13);
    private static final AttributeReference C_SEGMENT = stringColumn("c_segment", 14);
    private static final AttributeReference L_ORDER = longColumn("l_order", 21);
    private static final AttributeReference L_PRICE = column("l_price", DataTypes.DoubleType, 22);
    private static final AttributeReference L_SHIPMODE = stringColumn("l_shipmode", 23);
    private static final AttributeReference R_ORDER = longColumn("r_order", 31);
    private static final AttributeReference R_REASON = stringColumn("r_reason", 32);

    private final ScanRelation orders = scan("orders", 10L << 20, O_ID, O_CUST, O_AMOUNT, O_STATUS, O_COMMENT);
    private final ScanRelation customers = scan("customers", 1L << 20, C_ID, C_NAME, C_COUNTRY, C_SEGMENT);
    private final ScanRelation lineitem = scan("lineitem", 100L << 20, L_ORDER, L_PRICE, L_SHIPMODE);
    private final ScanRelation returns = scan("returns", 2L << 20, R_ORDER, R_REASON);

    @Test
    void revenueByCountry() throws IOException {
        AttributeReference n = longColumn("n", 100);
        AttributeReference total = column("total", DataTypes.DoubleType, 101);
        LogicalPlan plan = new Sort(
                List.of(SortOrder.desc(total)),
                true,
                new Filter(
                        gt(n, 10L),
                        new Aggregate(
                                List.of(C_COUNTRY),
                                List.<NamedExpression>of(
                                        C_COUNTRY,
                                        alias(TestAggregate.count(lit(1)), "n", 100),
                                        alias(TestAggregate.sum(O_AMOUNT), "total", 101)),
                                new Filter(
                                        and(
                                                eq(O_STATUS, lit("F")),
                                                and(eq(C_SEGMENT, lit("AUTO")), gt(C_COUNTRY, lit("B")))),
                                        Join.on(
                                                new SubqueryAlias("o", orders),
                                                new SubqueryAlias("c", customers),
                                                JoinType.INNER,
                                                eq(O_CUST, C_ID))))));
        check("revenue_by_country", """
                SELECT c_country, count(1) AS n, sum(o_amount) AS total
                FROM orders o JOIN customers c ON o_cust = c_id
                WHERE o_status = 'F' AND c_segment = 'AUTO' AND c_country > 'B'
                GROUP BY c_country HAVING n > 10 ORDER BY total DESC""", plan);
    }

    @Test
    void topTenBigOrders() throws IOException {
        LogicalPlan plan = Limit.of(
                10,
                new Sort(
                        List.of(SortOrder.desc(O_AMOUNT)),
                        true,
                        project(new Filter(gt(O_AMOUNT, lit(100.0)), orders), O_ID, O_AMOUNT)));
        check("top_ten_big_orders", """
                SELECT o_id, o_amount FROM orders WHERE o_amount > 100.0 ORDER BY o_amount DESC LIMIT 10""", plan);
    }

    @Test
    void countOfATableReadsNoColumn() throws IOException {
        LogicalPlan plan = new Aggregate(
                List.of(), List.<NamedExpression>of(alias(TestAggregate.count(lit(1)), "count", 100)), orders);
        check("count_reads_no_column", "SELECT count(*) FROM orders", plan);
    }

    @Test
    void threeWayJoinReordered() throws IOException {
        Expression condition = and(
                and(eq(L_ORDER, O_ID), eq(O_CUST, C_ID)),
                and(new Like(L_SHIPMODE, lit("AIR%")), eq(C_NAME, lit("Ann"))));
        LogicalPlan plan = project(
                new Filter(
                        condition,
                        Join.on(Join.on(lineitem, orders, JoinType.INNER, null), customers, JoinType.INNER, null)),
                L_PRICE,
                C_NAME);
        check("three_way_join_reordered", """
                SELECT l_price, c_name FROM lineitem, orders, customers
                WHERE l_order = o_id AND o_cust = c_id AND l_shipmode LIKE 'AIR%' AND c_name = 'Ann'""", plan);
    }

    @Test
    void leftJoinUnionAndExcept() throws IOException {
        AttributeReference id = longColumn("id", 100);
        LogicalPlan left = project(
                new Filter(
                        and(gt(O_AMOUNT, lit(5.0)), TestFunction.predicate("isnull", R_REASON)),
                        Join.on(
                                orders,
                                returns,
                                JoinType.LEFT_OUTER,
                                and(eq(O_ID, R_ORDER), eq(R_REASON, lit("late"))))),
                alias(O_ID, "id", 100));
        LogicalPlan union = project(Union.of(left, project(lineitem, L_ORDER)), id);
        LogicalPlan plan =
                Limit.of(20, new SetOperation(SetOperation.Kind.EXCEPT, false, union, project(customers, C_ID)));
        check("left_join_union_except", """
                (SELECT o_id AS id FROM orders LEFT JOIN returns ON o_id = r_order AND r_reason = 'late'
                 WHERE o_amount > 5.0 AND isnull(r_reason)
                 UNION ALL SELECT l_order FROM lineitem)
                EXCEPT SELECT c_id FROM customers LIMIT 20""", plan);
    }

    private static void check(String name, String query, LogicalPlan plan) throws IOException {
        Optimizer optimizer = new Optimizer(Fixtures.CONF);
        LogicalPlan optimized = optimizer.optimize(plan);
        assertThat(optimizer.optimize(optimized).treeString())
                .as("optimizing an optimized plan changes nothing")
                .isEqualTo(optimized.treeString());
        String text = "-- " + query.replace("\n", "\n-- ") + "\n\n== Analyzed Logical Plan ==\n" + plan.treeString()
                + "\n== Optimized Logical Plan ==\n" + RuleTesting.withFreshIds(optimized, plan);
        Path file = DIR.resolve(name + ".txt");
        if (Boolean.getBoolean("rivulet.golden.update") || !Files.exists(file)) {
            Files.createDirectories(DIR);
            Files.writeString(file, text);
        }
        assertThat(text)
                .as("the golden file " + file + " (rewrite with -Drivulet.golden.update=true)")
                .isEqualTo(Files.readString(file));
    }
}

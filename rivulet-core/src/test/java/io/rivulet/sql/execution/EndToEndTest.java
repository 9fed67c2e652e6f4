package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.expr.Add;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.And;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.GreaterThan;
import io.rivulet.sql.expr.IsNotNull;
import io.rivulet.sql.expr.LessThan;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.ScanRelation;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.session.Frames;
import io.rivulet.sql.session.QueryExecution;
import io.rivulet.sql.sources.Scan;
import io.rivulet.sql.vector.ColumnBatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Queries over a JSON file through the whole pipeline (reader, analyzer, planner, operators) with the expression
 * nodes of the layer: the answers, the printed plans, and the filter above a scan losing the conjuncts the source
 * applies in full.
 */
class EndToEndTest extends EngineTestBase {
    private Path json() throws IOException {
        Path dir = localDir.resolveSibling(localDir.getFileName() + "-data");
        Files.createDirectories(dir);
        // Deleted on exit in reverse order of registration: the file, then the directory it emptied.
        dir.toFile().deleteOnExit();
        Path file = dir.resolve("rows.json");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            lines.append("{\"a\": ")
                    .append(i)
                    .append(", \"b\": \"s")
                    .append(i % 7)
                    .append("\"}\n");
        }
        Files.writeString(file, lines);
        file.toFile().deleteOnExit();
        return file;
    }

    private List<List<Object>> run(QueryExecution query) {
        BaseRDD<ColumnBatch> rdd = query.toRdd();
        List<List<Object>> rows = new ArrayList<>();
        RivuletInternals.runJob(
                        rv,
                        rdd,
                        (task, batches) -> {
                            List<ColumnBatch> all = new ArrayList<>();
                            batches.forEachRemaining(all::add);
                            return all;
                        },
                        "test")
                .forEach(partition -> rows.addAll(TestData.rows(partition)));
        return rows;
    }

    @Test
    void aFilteredSortedProjectionOfJson() throws IOException {
        DataFrame df = rv.read().json(json().toString());
        LogicalPlan scan = Frames.plan(df);
        AttributeReference a = scan.output().get(0);
        AttributeReference b = scan.output().get(1);
        Alias plusOne = Alias.of(new Add(a, Literal.of(1L)), "c");
        LogicalPlan query = Limit.of(
                5,
                new Sort(
                        List.of(SortOrder.desc(a)),
                        true,
                        new Project(List.of(b, a, plusOne), new Filter(new LessThan(a, Literal.of(900L)), scan))));
        QueryExecution execution = Frames.session(df).execute(query);

        List<List<Object>> rows = run(execution);

        List<List<Object>> expected = new ArrayList<>();
        for (long i = 899; i > 894; i--) {
            expected.add(List.of("s" + (i % 7), i, i + 1));
        }
        assertThat(rows).isEqualTo(expected);
        assertThat(execution.explainString(false))
                .contains("TakeOrderedAndProject(limit=5, orderBy=[" + a + " DESC NULLS LAST]")
                .contains("Filter (" + a + " < 900)")
                .contains("Scan json [" + a + "," + b + "] PushedFilters: [], ReadSchema: struct<a:bigint,b:string>");
    }

    @Test
    void theFilterAboveAScanKeepsOnlyWhatTheScanDoesNotApply() throws IOException {
        Path csv = json().resolveSibling("rows.csv");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            lines.append(i).append(",s").append(i % 7).append('\n');
        }
        Files.writeString(csv, lines);
        csv.toFile().deleteOnExit();
        io.rivulet.sql.types.StructType schema = new io.rivulet.sql.types.StructType()
                .add("a", io.rivulet.sql.types.DataTypes.LongType)
                .add("b", io.rivulet.sql.types.DataTypes.StringType);
        DataFrame df = rv.read().schema(schema).csv(csv.toString());
        ScanRelation scan = (ScanRelation) Frames.plan(df);
        AttributeReference a = scan.output().get(0);
        AttributeReference b = scan.output().get(1);
        io.rivulet.sql.sources.Filter greater = new io.rivulet.sql.sources.Filter.GreaterThan("a", 990L);
        io.rivulet.sql.sources.Filter notNull = new io.rivulet.sql.sources.Filter.IsNotNull("b");
        ScanRelation offered = new ScanRelation(scan.table(), scan.output(), List.of(greater, notNull));
        LogicalPlan query = new Filter(
                new And(
                        new And(new GreaterThan(a, Literal.of(990L)), new IsNotNull(b)),
                        new LessThan(a, Literal.of(995L))),
                offered);

        PhysicalPlan planned = new Planner(session).plan(query);

        assertThat(planned).isInstanceOf(FilterExec.class);
        Scan planScan = ((DataSourceScanExec) planned.children().get(0)).scan();
        assertThat(planScan.pushedFilters()).containsExactly(greater, notNull);
        assertThat(planScan.remainingFilters()).isEmpty();
        assertThat(planned.treeString())
                .isEqualTo("Filter (" + a + " < 995)\n+- Scan csv [" + a + "," + b
                        + "] PushedFilters: [GreaterThan(a,990),"
                        + " IsNotNull(b)], ReadSchema: struct<a:bigint,b:string>, Location: [" + csv + "]\n");
        List<List<Object>> rows = run(session.execute(query));
        assertThat(TestData.sorted(rows))
                .isEqualTo(List.of(List.of(991L, "s4"), List.of(992L, "s5"), List.of(993L, "s6"), List.of(994L, "s0")));
        // Every conjunct applied by the scan: no filter left at all.
        LogicalPlan applied = new Filter(new GreaterThan(a, Literal.of(990L)), offered);
        assertThat(new Planner(session).plan(applied)).isInstanceOf(DataSourceScanExec.class);
    }
}

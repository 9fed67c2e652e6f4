package io.rivulet.sql.api;

import static io.rivulet.sql.functions.col;
import static io.rivulet.sql.functions.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.JobInfo;
import io.rivulet.JobListener;
import io.rivulet.PlanGraph;
import io.rivulet.Rivulet;
import io.rivulet.sql.DataFrame;
import io.rivulet.sql.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jobs of a DataFrame action carry its physical plan (the operators {@code explain()} prints) with what each
 * operator did; jobs of RDDs carry none.
 */
class JobPlanTest {
    private Rivulet rv;
    private final List<JobInfo> started = new CopyOnWriteArrayList<>();
    private final List<JobInfo> ended = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        rv = Rivulet.builder().master("local[2]").appName("job-plans").build();
        rv.addListener(new JobListener() {
            @Override
            public void onJobStart(JobInfo job) {
                started.add(job);
            }

            @Override
            public void onJobEnd(JobInfo job) {
                ended.add(job);
            }
        });
    }

    @AfterEach
    void stop() {
        rv.close();
    }

    @Test
    void aCollectCarriesTheExplainedOperatorsWithTheirRows() {
        DataFrame small = rv.rangeDF(0, 1000, 1, 4)
                .filter(col("id").lt(100))
                .select(col("id").plus(1).as("next"));

        List<Row> rows = small.collectAsList();

        assertThat(rows).hasSize(100);
        PlanGraph plan = ended.get(ended.size() - 1).plan().orElseThrow();
        assertMatchesExplain(plan, explain(small));
        assertThat(node(plan, "Filter").outputRows()).isEqualTo(100);
        assertThat(node(plan, "Filter").partitions()).isEqualTo(4);
        assertThat(node(plan, "Range").outputRows()).isEqualTo(1000);
        assertThat(plan.root().name()).isEqualTo("Project");
        assertThat(plan.root().outputRows()).isEqualTo(100);
        assertThat(plan.root().childIds()).containsExactly(node(plan, "Filter").id());
        // When the job starts, nothing has run yet.
        PlanGraph atStart = started.get(started.size() - 1).plan().orElseThrow();
        assertThat(atStart.nodes()).extracting(PlanGraph.Node::name).isEqualTo(names(plan));
        assertThat(node(atStart, "Filter").outputRows()).isZero();
    }

    @Test
    void anAggregationsPlanSpansItsStages() {
        DataFrame grouped = rv.rangeDF(0, 1000, 1, 4)
                .filter(col("id").geq(500))
                .groupBy(col("id").mod(10).as("digit"))
                .agg(count(col("id")).as("n"));

        assertThat(grouped.collectAsList()).hasSize(10);

        JobInfo job = ended.get(ended.size() - 1);
        assertThat(job.stageIds()).hasSizeGreaterThan(1);
        PlanGraph plan = job.plan().orElseThrow();
        assertMatchesExplain(plan, explain(grouped));
        assertThat(names(plan)).contains("Exchange", "HashAggregate", "Filter", "Range");
        assertThat(node(plan, "Filter").outputRows()).isEqualTo(500);
        assertThat(plan.root().outputRows()).isEqualTo(10);
    }

    @Test
    void countsAndWritesCarryPlansAndRddJobsNone() {
        DataFrame frame = rv.rangeDF(0, 50, 1, 2).filter(col("id").lt(20));

        assertThat(frame.count()).isEqualTo(20);
        PlanGraph counted = ended.get(ended.size() - 1).plan().orElseThrow();
        assertThat(node(counted, "Filter").outputRows()).isEqualTo(20);

        frame.write().json(dir.resolve("out").toString());
        PlanGraph written = ended.get(ended.size() - 1).plan().orElseThrow();
        assertThat(node(written, "Filter").outputRows()).isEqualTo(20);
        assertThat(Files.exists(dir.resolve("out"))).isTrue();

        rv.range(0, 10).count();
        assertThat(ended.get(ended.size() - 1).plan()).isEmpty();
        assertThat(started.get(started.size() - 1).plan()).isEmpty();
    }

    /**
     * Each line of the explained physical plan is one node, in order: its name, then its detail. Expression ids
     * differ (explain plans the query again), so they are left out.
     */
    private static void assertMatchesExplain(PlanGraph plan, String explained) {
        List<String> lines = Arrays.stream(explained.split("\n"))
                .filter(line -> !line.startsWith("=="))
                .map(line -> withoutIds(line.replaceFirst("^[:+\\- ]*", "")))
                .toList();
        assertThat(plan.nodes()).hasSameSizeAs(lines);
        for (int i = 0; i < lines.size(); i++) {
            PlanGraph.Node node = plan.nodes().get(i);
            assertThat(node.id()).isEqualTo(i);
            assertThat(lines.get(i)).startsWith(node.name()).contains(withoutIds(node.detail()));
        }
    }

    private static String withoutIds(String text) {
        return text.replaceAll("#\\d+", "#_");
    }

    private static List<String> names(PlanGraph plan) {
        return plan.nodes().stream().map(PlanGraph.Node::name).toList();
    }

    private static PlanGraph.Node node(PlanGraph plan, String name) {
        return plan.nodes().stream()
                .filter(node -> node.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + plan));
    }

    private static String explain(DataFrame frame) {
        return ExplainOutput.of(frame).strip();
    }
}

package io.rivulet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A plan's operators name each other by id, and its lists are copies. */
class PlanGraphTest {
    @Test
    void theRootComesFirstAndOperatorsAreFoundById() {
        List<Integer> children = new ArrayList<>(List.of(1));
        PlanGraph plan = new PlanGraph(List.of(
                new PlanGraph.Node(0, "Project", "[a#1]", children, 3, 10, 1),
                new PlanGraph.Node(1, "Range", null, List.of(), 5, 4, 1)));
        children.add(7);

        assertThat(plan.root().name()).isEqualTo("Project");
        assertThat(plan.root().childIds()).containsExactly(1);
        assertThat(plan.node(1).orElseThrow().detail()).isEmpty();
        assertThat(plan.node(2)).isEmpty();
    }

    @Test
    void duplicateIdsUnknownChildrenAndEmptyPlansAreRefused() {
        PlanGraph.Node leaf = new PlanGraph.Node(0, "Range", "", List.of(), 0, 0, 0);

        assertThatThrownBy(() -> new PlanGraph(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a plan has at least one operator");
        assertThatThrownBy(() -> new PlanGraph(List.of(leaf, leaf)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two operators of the plan have the id 0");
        assertThatThrownBy(() -> new PlanGraph(List.of(new PlanGraph.Node(0, "Filter", "", List.of(4), 0, 0, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operator 0 (Filter) names a child 4 not in the plan");
    }

    @Test
    void aJobWithoutAPlanHasAnEmptyOne() {
        JobInfo job = new JobInfo(1, "count", List.of(0), 1, 2, JobInfo.Status.SUCCEEDED, null);

        assertThat(job.plan()).isEmpty();
        assertThat(new JobInfo(1, "count", List.of(0), 1, 2, JobInfo.Status.SUCCEEDED, null, null))
                .isEqualTo(job);
        assertThat(job)
                .isNotEqualTo(new JobInfo(
                        1,
                        "count",
                        List.of(0),
                        1,
                        2,
                        JobInfo.Status.SUCCEEDED,
                        null,
                        Optional.of(new PlanGraph(List.of(new PlanGraph.Node(0, "Range", "", List.of(), 0, 0, 0))))));
    }
}

package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.CONF;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The driver: batches once and to a fixed point, the iteration cap, exclusion by name, the output check. */
class OptimizerTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);

    /** Adds one to every limit: never reaches a fixed point. */
    static final class GrowLimits implements Rule {
        @Override
        public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
            if (plan instanceof Limit limit) {
                return Optional.of(new Limit(limit.limit() + 1, limit.offset(), limit.child()));
            }
            return Optional.empty();
        }
    }

    /** Drops the last column of every projection: the bug the output check is for. */
    static final class DropLastColumn implements Rule {
        @Override
        public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
            if (plan instanceof Project project && !project.projectList().isEmpty()) {
                List<io.rivulet.sql.expr.NamedExpression> list = project.projectList();
                return Optional.of(new Project(list.subList(0, list.size() - 1), project.child()));
            }
            return Optional.empty();
        }
    }

    @Test
    void aFixedPointBatchRepeatsUntilNothingChanges() {
        LogicalPlan plan = Limit.of(9, Limit.of(8, Limit.of(7, Limit.of(6, scan("t", 1, A)))));
        Optimizer optimizer = new Optimizer(CONF, List.of(Batch.fixedPoint("limits", new CombineLimits())));
        assertThat(optimizer.optimize(plan).treeString()).isEqualTo("""
                Limit 6
                +- Relation t[a#1]
                """);
    }

    @Test
    void aFixedPointBatchStopsAtItsIterationCap() {
        LogicalPlan scan = scan("t", 1, A);
        LogicalPlan plan = Limit.of(1, scan);
        Optimizer capped = new Optimizer(CONF, List.of(new Batch("grow", 5, List.of(new GrowLimits()))));
        assertThat(capped.optimize(plan)).isEqualTo(Limit.of(6, scan));
        Optimizer once = new Optimizer(CONF, List.of(Batch.once("grow", new GrowLimits())));
        assertThat(once.optimize(plan)).isEqualTo(Limit.of(2, scan));
    }

    @Test
    void excludedRulesAreSkippedByClassNameSimpleOrFull() {
        LogicalPlan scan = scan("t", 1, A);
        LogicalPlan plan = Limit.of(5, Limit.of(6, scan));
        List<Batch> batches = List.of(Batch.fixedPoint("limits", new CombineLimits(), new EliminateLimits()));
        assertThat(new Optimizer(CONF.withOptimizerExcludedRules(List.of("CombineLimits")), batches).optimize(plan))
                .isEqualTo(plan);
        assertThat(new Optimizer(
                                CONF.withOptimizerExcludedRules(List.of("io.rivulet.sql.optimizer.CombineLimits")),
                                batches)
                        .optimize(plan))
                .isEqualTo(plan);
        assertThat(new Optimizer(CONF, batches).optimize(plan)).isEqualTo(Limit.of(5, scan));
    }

    @Test
    void anUnknownOrRequiredRuleCannotBeExcluded() {
        LogicalPlan plan = scan("t", 1, A);
        assertThatThrownBy(() -> new Optimizer(CONF.withOptimizerExcludedRules(List.of("CombineLimit"))).optimize(plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "rivulet.sql.optimizer.excludedRules: no optimizer rule is named 'CombineLimit'; the rules are [")
                .hasMessageContaining("CombineLimits");
        assertThatThrownBy(() -> new Optimizer(CONF.withOptimizerExcludedRules(List.of("ReplaceDistinctWithAggregate")))
                        .optimize(plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ReplaceDistinctWithAggregate' cannot be excluded");
    }

    @Test
    void aRuleThatChangesTheOutputFailsLoudly() {
        LogicalPlan plan = project(scan("t", 1, A, B), A, B);
        Optimizer broken = new Optimizer(CONF, List.of(Batch.once("broken", new DropLastColumn())));
        assertThatThrownBy(() -> broken.optimize(plan))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("""
                        optimizer rule DropLastColumn changed the output of a plan from [a#1: bigint, b#2: bigint] \
                        to [a#1: bigint]; the plan before:
                        Project [a#1, b#2]
                        +- Relation t[a#1, b#2]
                        the plan after:
                        Project [a#1]
                        +- Relation t[a#1, b#2]
                        """);
    }

    @Test
    void theOutputCheckIgnoresNullabilityAsSparkDoes() {
        Rule nonNull = new Rule() {
            @Override
            public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
                if (plan instanceof Project project
                        && project.projectList().get(0).nullable()) {
                    return Optional.of(project(project.child(), A.withNullability(false)));
                }
                return Optional.empty();
            }

            @Override
            public String name() {
                return "MakeNonNull";
            }
        };
        LogicalPlan plan = project(scan("t", 1, A), A);
        assertThat(new Optimizer(CONF, List.of(Batch.once("x", nonNull)))
                        .optimize(plan)
                        .output()
                        .get(0)
                        .nullable())
                .isFalse();
    }

    @Test
    void theCatalogueNamesEachRuleOnceInABatchAndKnowsItsRequiredRules() {
        Set<String> names = new HashSet<>();
        List<String> batchNames = new ArrayList<>();
        for (Batch batch : Optimizer.BATCHES) {
            batchNames.add(batch.name());
            Set<String> inBatch = new HashSet<>();
            for (Rule rule : batch.rules()) {
                assertThat(inBatch.add(rule.name()))
                        .as(rule.name() + " twice in " + batch.name())
                        .isTrue();
                assertThat(rule.name()).isEqualTo(rule.getClass().getSimpleName());
                names.add(rule.name());
            }
        }
        assertThat(new HashSet<>(batchNames)).hasSameSizeAs(batchNames);
        assertThat(names).containsAll(Optimizer.NON_EXCLUDABLE_RULES);
    }
}

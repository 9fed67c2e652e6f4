package io.rivulet.sql.execution;

import io.rivulet.sql.expr.Generator;
import io.rivulet.sql.plan.BroadcastHint;
import io.rivulet.sql.plan.Deduplicate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Generate;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Repartition;
import io.rivulet.sql.plan.Sample;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.SubqueryAlias;
import io.rivulet.sql.plan.Union;
import java.util.List;
import java.util.Optional;

/**
 * Plans the operators that map one to one onto logical nodes: projection, filter, union, generate, sample,
 * sort, repartition (an exchange kept as asked), coalesce and deduplication; and looks through the nodes that only name or hint
 * (an alias, a broadcast hint the optimizer did not move into a join).
 */
final class BasicOperators implements Strategy {
    @Override
    public Optional<PhysicalPlan> apply(LogicalPlan plan, PlannerContext context) {
        PhysicalPlan planned;
        if (plan instanceof Project project) {
            planned = new ProjectExec(project.projectList(), context.plan(project.child()));
        } else if (plan instanceof Filter filter) {
            planned = new FilterExec(filter.condition(), context.plan(filter.child()));
        } else if (plan instanceof Union union) {
            planned = new UnionExec(
                    union.output(), union.children().stream().map(context::plan).toList());
        } else if (plan instanceof Generate generate) {
            if (!(generate.generator() instanceof Generator generator)) {
                throw new IllegalStateException("not a generator: " + generate.generator());
            }
            planned = new GenerateExec(
                    generator, generate.outer(), generate.generatorOutput(), context.plan(generate.child()));
        } else if (plan instanceof Sample sample) {
            planned = new SampleExec(
                    sample.fraction(), sample.withReplacement(), sample.seed(), context.plan(sample.child()));
        } else if (plan instanceof Sort sort) {
            planned = new SortExec(sort.order(), sort.global(), context.plan(sort.child()));
        } else if (plan instanceof Repartition repartition) {
            planned = repartition(repartition, context);
        } else if (plan instanceof Deduplicate deduplicate) {
            PhysicalPlan child = context.plan(deduplicate.child());
            planned = new DeduplicateExec(
                    deduplicate.keys(), false, new DeduplicateExec(deduplicate.keys(), true, child));
        } else if (plan instanceof SubqueryAlias alias) {
            planned = context.plan(alias.child());
        } else if (plan instanceof BroadcastHint hint) {
            planned = context.plan(hint.child());
        } else {
            return Optional.empty();
        }
        return Optional.of(planned);
    }

    private static PhysicalPlan repartition(Repartition repartition, PlannerContext context) {
        PhysicalPlan child = context.plan(repartition.child());
        int n = repartition.numPartitions() == 0 ? context.shufflePartitions() : repartition.numPartitions();
        if (!repartition.shuffle()) {
            return new CoalesceExec(n, child);
        }
        List<io.rivulet.sql.expr.Expression> keys = repartition.partitionExpressions();
        Partitioning partitioning = keys.isEmpty() ? new Partitioning.RoundRobin(n) : new Partitioning.Hash(keys, n);
        return new ShuffleExchangeExec(partitioning, child, true);
    }
}

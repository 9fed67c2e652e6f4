package io.rivulet.sql.execution;

import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LocalLimit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import io.rivulet.sql.plan.Sort;
import java.util.List;
import java.util.Optional;

/**
 * Plans limits. Over a global sort (possibly under a projection), a top-N ({@link TakeOrderedAndProjectExec}) when
 * {@code limit + offset} is at most {@link Planner#TOP_N_MAX_ROWS}; any other limit as a limit per partition then
 * one over a single partition ({@link LocalLimitExec}, {@link GlobalLimitExec}, the exchange between them inserted
 * by {@link EnsureRequirements} unless there is one partition already). The optimizer's {@link LocalLimit}s (under
 * a union, on an outer join's preserved side) are the per-partition take alone: a {@code Limit} above still caps
 * the total.
 */
final class LimitStrategy implements Strategy {
    @Override
    public Optional<PhysicalPlan> apply(LogicalPlan plan, PlannerContext context) {
        if (plan instanceof LocalLimit local) {
            return Optional.of(new LocalLimitExec(local.limit(), context.plan(local.child())));
        }
        if (!(plan instanceof Limit limit)) {
            return Optional.empty();
        }
        long keep = limit.limit() + limit.offset();
        if (keep >= 0 && keep <= Planner.TOP_N_MAX_ROWS) {
            LogicalPlan child = limit.child();
            List<NamedExpression> projection = null;
            if (child instanceof Project project && project.child() instanceof Sort) {
                projection = project.projectList();
                child = project.child();
            }
            if (child instanceof Sort sort && sort.global()) {
                List<NamedExpression> output = projection != null ? projection : List.copyOf(sort.output());
                return Optional.of(new TakeOrderedAndProjectExec(
                        limit.limit(), limit.offset(), sort.order(), output, context.plan(sort.child())));
            }
        }
        PhysicalPlan child = context.plan(limit.child());
        return Optional.of(
                new GlobalLimitExec(limit.limit(), limit.offset(), new LocalLimitExec(satAdd(limit), child)));
    }

    private static long satAdd(Limit limit) {
        long sum = limit.limit() + limit.offset();
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}

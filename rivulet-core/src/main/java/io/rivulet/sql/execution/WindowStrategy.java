package io.rivulet.sql.execution;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Window;
import java.util.Optional;

/** Plans window functions ({@link WindowExec}); {@link EnsureRequirements} adds its exchange and sort. */
final class WindowStrategy implements Strategy {
    @Override
    public Optional<PhysicalPlan> apply(LogicalPlan plan, PlannerContext context) {
        if (!(plan instanceof Window window)) {
            return Optional.empty();
        }
        return Optional.of(new WindowExec(
                window.windowExpressions(), window.partitionSpec(), window.orderSpec(), context.plan(window.child())));
    }
}

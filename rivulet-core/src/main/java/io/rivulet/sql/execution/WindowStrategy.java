package io.rivulet.sql.execution;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Window;
import java.util.Optional;

/** Plans window functions ({@link WindowExec}). */
final class WindowStrategy implements Strategy {
    @Override
    public Optional<PhysicalPlan> apply(LogicalPlan plan, PlannerContext context) {
        if (!(plan instanceof Window window)) {
            return Optional.empty();
        }
        throw new UnsupportedOperationException("window functions cannot be planned yet: " + window.nodeString());
    }
}

package io.rivulet.sql.optimizer;

import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import java.util.Optional;

/**
 * Moves a filter below a projection, its condition rewritten over the projection's input (each column the
 * projection computes replaced by what it computes), as Spark's {@code PushPredicateThroughNonJoin}: only when
 * every item of the projection is deterministic (the projection then gives the same values for fewer rows).
 */
public final class PushFilterThroughProject implements Rule {
    @Override
    public Traversal traversal() {
        return Traversal.TOP_DOWN;
    }

    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof Filter filter
                && filter.child() instanceof Project project
                && Attributes.deterministic(project.projectList())) {
            Filter below =
                    new Filter(Aliases.replace(filter.condition(), Aliases.of(project.projectList())), project.child());
            return Optional.of(project.withChild(below));
        }
        return Optional.empty();
    }
}

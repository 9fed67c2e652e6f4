package io.rivulet.sql.plan;

import java.util.List;

/** A plan with one child. */
public interface UnaryNode extends LogicalPlan {
    LogicalPlan child();

    /** This node over {@code child}. */
    LogicalPlan withChild(LogicalPlan child);

    @Override
    default List<LogicalPlan> children() {
        return List.of(child());
    }

    @Override
    default LogicalPlan withNewChildren(List<LogicalPlan> children) {
        if (children.size() != 1) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " has one child: " + children);
        }
        return children.get(0) == child() ? this : withChild(children.get(0));
    }
}

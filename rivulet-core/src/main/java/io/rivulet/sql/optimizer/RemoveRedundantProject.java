package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Project;
import java.util.List;
import java.util.Optional;

/** Removes a projection that gives exactly its child's columns, in the same order (Spark's {@code RemoveNoopOperators}). */
public final class RemoveRedundantProject implements Rule {
    @Override
    public Optional<LogicalPlan> apply(LogicalPlan plan, RuleContext context) {
        if (plan instanceof Project project
                && sameColumns(project.projectList(), project.child().output())) {
            return Optional.of(project.child());
        }
        return Optional.empty();
    }

    private static boolean sameColumns(List<NamedExpression> list, List<AttributeReference> childOutput) {
        if (list.size() != childOutput.size()) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof AttributeReference attribute)
                    || !attribute.sameColumn(childOutput.get(i))
                    || !attribute.name().equals(childOutput.get(i).name())) {
                return false;
            }
        }
        return true;
    }
}

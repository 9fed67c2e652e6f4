package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import java.util.List;

/** {@code SELECT projectList}: the columns computed from the child's, in order. */
public record Project(List<NamedExpression> projectList, LogicalPlan child) implements UnaryNode {
    public Project {
        projectList = List.copyOf(projectList);
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Project(projectList, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        return projectList.stream().map(NamedExpression::toAttribute).toList();
    }

    @Override
    public List<Expression> expressions() {
        return List.copyOf(projectList);
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return new Project(Plans.cast(expressions, 0, expressions.size()), child);
    }

    @Override
    public String nodeString() {
        return (resolved() ? "" : "'") + "Project " + Plans.list(projectList);
    }
}

package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Window functions over the child's rows: the child's columns, then one column per window expression, all of
 * which share {@code partitionSpec} and {@code orderSpec} (the analyzer makes one node per distinct window, as
 * Spark's {@code ExtractWindowExpressions} does).
 */
public record Window(
        List<NamedExpression> windowExpressions,
        List<Expression> partitionSpec,
        List<SortOrder> orderSpec,
        LogicalPlan child)
        implements UnaryNode {
    public Window {
        windowExpressions = List.copyOf(windowExpressions);
        partitionSpec = List.copyOf(partitionSpec);
        orderSpec = List.copyOf(orderSpec);
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new Window(windowExpressions, partitionSpec, orderSpec, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        List<AttributeReference> output = new ArrayList<>(child.output());
        for (NamedExpression expression : windowExpressions) {
            output.add(expression.toAttribute());
        }
        return output;
    }

    @Override
    public List<Expression> expressions() {
        List<Expression> all = new ArrayList<>(windowExpressions);
        all.addAll(partitionSpec);
        all.addAll(orderSpec);
        return all;
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        int w = windowExpressions.size();
        int p = partitionSpec.size();
        return new Window(
                Plans.cast(expressions, 0, w),
                expressions.subList(w, w + p),
                Plans.cast(expressions, w + p, expressions.size()),
                child);
    }

    @Override
    public String nodeString() {
        return (resolved() ? "" : "'") + "Window " + Plans.list(windowExpressions) + ", " + Plans.list(partitionSpec)
                + ", " + Plans.list(orderSpec);
    }
}

package io.rivulet.sql.plan;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code UNION ALL} of the children: their rows one after another, matched by position ({@code union}) or,
 * unresolved, by name ({@code unionByName}, which the analyzer turns into projections, missing columns as nulls
 * when {@code allowMissingColumns}). The output has the first child's names and ids; a column is nullable if it
 * is in any child.
 */
public record Union(List<LogicalPlan> children, boolean byName, boolean allowMissingColumns) implements LogicalPlan {
    public Union {
        children = List.copyOf(children);
        if (children.size() < 2) {
            throw new IllegalArgumentException("a union needs at least two children: " + children.size());
        }
    }

    public static Union of(LogicalPlan... children) {
        return new Union(List.of(children), false, false);
    }

    @Override
    public LogicalPlan withNewChildren(List<LogicalPlan> newChildren) {
        return new Union(newChildren, byName, allowMissingColumns);
    }

    @Override
    public List<AttributeReference> output() {
        List<AttributeReference> first = children.get(0).output();
        List<AttributeReference> output = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            boolean nullable = false;
            for (LogicalPlan child : children) {
                List<AttributeReference> columns = child.output();
                nullable |= i < columns.size() && columns.get(i).nullable();
            }
            output.add(first.get(i).withNullability(nullable));
        }
        return output;
    }

    @Override
    public List<Expression> expressions() {
        return List.of();
    }

    @Override
    public LogicalPlan withNewExpressions(List<Expression> expressions) {
        return this;
    }

    @Override
    public boolean resolved() {
        return !byName && LogicalPlan.super.resolved();
    }

    @Override
    public String nodeString() {
        return (resolved() ? "" : "'") + "Union" + (byName ? " byName=true" : "")
                + (allowMissingColumns ? " allowMissingColumns=true" : "");
    }
}

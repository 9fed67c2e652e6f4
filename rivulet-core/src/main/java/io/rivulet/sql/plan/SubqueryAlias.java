package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import java.util.List;

/**
 * A name for the child's rows ({@code FROM t AS x}, {@code df.alias("x")}, a view's name): its columns can be
 * named {@code x.col}. Removed by the optimizer; it only qualifies names.
 */
public record SubqueryAlias(String alias, LogicalPlan child) implements UnaryNode {
    public SubqueryAlias {
        requireNonNull(alias, "alias is null");
        requireNonNull(child, "child is null");
    }

    @Override
    public LogicalPlan withChild(LogicalPlan newChild) {
        return new SubqueryAlias(alias, newChild);
    }

    @Override
    public List<AttributeReference> output() {
        return child.output().stream().map(a -> a.withQualifier(List.of(alias))).toList();
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
    public Statistics statistics() {
        return child.statistics();
    }

    @Override
    public String nodeString() {
        return "SubqueryAlias " + alias;
    }
}

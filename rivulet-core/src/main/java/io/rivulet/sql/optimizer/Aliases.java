package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Substitution of the columns a projection or an aggregation computes by what they compute, as Spark's
 * {@code AliasHelper}: a filter on {@code b} over {@code SELECT a + 1 AS b} becomes a filter on {@code a + 1}
 * below it.
 */
final class Aliases {
    private Aliases() {}

    /** The aliases of {@code list} by the id of the column each makes. */
    static Map<ExprId, Alias> of(List<? extends NamedExpression> list) {
        Map<ExprId, Alias> aliases = new HashMap<>();
        for (NamedExpression expression : list) {
            if (expression instanceof Alias alias) {
                aliases.put(alias.exprId(), alias);
            }
        }
        return aliases;
    }

    /** As {@link #of}, without the aliases over aggregate functions (Spark's {@code getAliasMap(Aggregate)}). */
    static Map<ExprId, Alias> ofGrouping(List<? extends NamedExpression> aggregates) {
        Map<ExprId, Alias> aliases = of(aggregates);
        aliases.values().removeIf(alias -> alias.child().exists(e -> e instanceof AggregateFunction));
        return aliases;
    }

    /** {@code expression} with every column an alias makes replaced by the alias's child. */
    static Expression replace(Expression expression, Map<ExprId, Alias> aliases) {
        if (aliases.isEmpty()) {
            return expression;
        }
        return expression.transformUp(node -> {
            if (node instanceof AttributeReference attribute) {
                Alias alias = aliases.get(attribute.exprId());
                if (alias != null) {
                    return trimAliases(alias.child());
                }
            }
            return node;
        });
    }

    /**
     * A projection's item with the columns of {@code aliases} replaced, still naming the same column: a bare
     * column that an alias made becomes that alias under the column's name (its parent refers to its id),
     * Spark's {@code replaceAliasButKeepName}.
     */
    static NamedExpression replaceKeepingName(NamedExpression item, Map<ExprId, Alias> aliases) {
        if (item instanceof AttributeReference attribute) {
            Alias alias = aliases.get(attribute.exprId());
            return alias == null ? attribute : new Alias(alias.child(), attribute.name(), alias.exprId());
        }
        List<Expression> children =
                item.children().stream().map(child -> replace(child, aliases)).toList();
        return (NamedExpression) item.withNewChildren(children);
    }

    /** {@code expression} without the aliases inside it (an alias names only a top-level column). */
    static Expression trimAliases(Expression expression) {
        return expression.transformUp(node -> node instanceof Alias alias ? alias.child() : node);
    }
}

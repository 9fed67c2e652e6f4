package io.rivulet.sql.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the attributes of an expression to the positions of an operator's input, as Spark's
 * {@code BindReferences}: {@code a#3} becomes {@code input[1]} when {@code a#3} is the input's second column.
 * An attribute that is not in the input is a planner bug, reported as such.
 */
public final class Binder {
    private final Map<ExprId, Integer> ordinals = new HashMap<>();
    private final List<AttributeReference> input;

    public Binder(List<AttributeReference> input) {
        this.input = List.copyOf(input);
        for (int i = 0; i < input.size(); i++) {
            ordinals.putIfAbsent(input.get(i).exprId(), i);
        }
    }

    public Expression bind(Expression expression) {
        return expression.transformUp(node -> {
            if (node instanceof AttributeReference attribute) {
                Integer ordinal = ordinals.get(attribute.exprId());
                if (ordinal == null) {
                    throw new IllegalStateException(
                            "cannot bind " + attribute + " of " + expression + " to the input " + input);
                }
                return new BoundReference(ordinal, attribute.dataType(), attribute.nullable());
            }
            return node;
        });
    }

    public List<Expression> bindAll(List<? extends Expression> expressions) {
        return expressions.stream().map(this::bind).toList();
    }
}

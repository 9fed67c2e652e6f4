package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code x -> x + 1}, {@code (acc, x) -> acc + x}: the argument of a higher-order function ({@code transform},
 * {@code filter}, {@code aggregate}, ...). Its children are the body, then the variables. Parsed now; evaluated once
 * the higher-order functions are there.
 */
public record LambdaFunction(Expression function, List<UnresolvedNamedLambdaVariable> arguments) implements Unresolved {
    public LambdaFunction {
        requireNonNull(function, "function is null");
        arguments = List.copyOf(arguments);
    }

    @Override
    public List<Expression> children() {
        List<Expression> children = new ArrayList<>();
        children.add(function);
        children.addAll(arguments);
        return children;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        List<UnresolvedNamedLambdaVariable> variables = new ArrayList<>();
        for (Expression e : children.subList(1, children.size())) {
            variables.add((UnresolvedNamedLambdaVariable) e);
        }
        return new LambdaFunction(children.get(0), variables);
    }

    /** {@code x -> (x + 1)}, {@code (a, b) -> (a + b)}: SQL that parses back to this lambda. */
    @Override
    public String sql() {
        String names = arguments.stream().map(Expression::sql).collect(Collectors.joining(", "));
        return (arguments.size() == 1 ? names : "(" + names + ")") + " -> " + function.sql();
    }

    /** As Spark's: {@code lambdafunction((lambda 'x + 1), lambda 'x, false)}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("lambdafunction(").append(function);
        for (UnresolvedNamedLambdaVariable argument : arguments) {
            out.append(", ").append(argument);
        }
        return out.append(", false)").toString();
    }
}

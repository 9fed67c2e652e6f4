package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A call by name, as written ({@code upper(a)}, {@code count(DISTINCT x)}): the analyzer looks the name up in the
 * function registry (built-in functions, then UDFs), case-insensitively, and checks the arguments.
 */
public record UnresolvedFunction(String name, List<Expression> arguments, boolean distinct) implements Unresolved {
    public UnresolvedFunction {
        requireNonNull(name, "name is null");
        arguments = List.copyOf(arguments);
    }

    public static UnresolvedFunction of(String name, Expression... arguments) {
        return new UnresolvedFunction(name, List.of(arguments), false);
    }

    @Override
    public List<Expression> children() {
        return arguments;
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new UnresolvedFunction(name, children, distinct);
    }

    @Override
    public String sql() {
        if (!distinct) {
            return SqlText.call(name, arguments);
        }
        return name + "(DISTINCT "
                + String.join(", ", arguments.stream().map(Expression::sql).toList()) + ")";
    }

    @Override
    public String toString() {
        return "'" + (distinct ? name + "(distinct " + arguments + ")" : SqlText.callPlan(name, arguments));
    }
}

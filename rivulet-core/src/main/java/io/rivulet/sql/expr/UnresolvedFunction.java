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

    /** {@code upper(a)}, {@code count(DISTINCT x)}; operators as SQL writes them ({@code (a + 1)}: {@link OperatorSql}). */
    @Override
    public String sql() {
        String operator = distinct ? null : OperatorSql.sql(name, arguments);
        if (operator != null) {
            return operator;
        }
        if (!distinct) {
            return SqlText.call(name, arguments);
        }
        return name + "(DISTINCT "
                + String.join(", ", arguments.stream().map(Expression::sql).toList()) + ")";
    }

    /** {@code 'upper('a)}; operators as Spark prints its operator nodes ({@code ('a + 1)}). */
    @Override
    public String toString() {
        String operator = distinct ? null : OperatorSql.plan(name, arguments);
        if (operator != null) {
            return operator;
        }
        return "'"
                + (distinct
                        ? name + "(distinct "
                                + String.join(
                                        ", ",
                                        arguments.stream().map(Object::toString).toList()) + ")"
                        : SqlText.callPlan(name, arguments));
    }
}

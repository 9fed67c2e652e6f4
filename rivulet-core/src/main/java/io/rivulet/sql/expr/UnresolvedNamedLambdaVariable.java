package io.rivulet.sql.expr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A lambda's variable by name, as the parser writes it in {@code x -> x + 1} (both {@code x}s): the analyzer binds
 * it to the higher-order function's argument, as Spark's {@code ResolveLambdaVariables}; a name that is no
 * variable of the lambda stays a column (the analyzer turns it back into an {@link UnresolvedAttribute}).
 */
public record UnresolvedNamedLambdaVariable(List<String> nameParts) implements Unresolved {
    public UnresolvedNamedLambdaVariable {
        nameParts = List.copyOf(nameParts);
        if (nameParts.isEmpty()) {
            throw new IllegalArgumentException("a lambda variable needs a name");
        }
    }

    @Override
    public List<Expression> children() {
        return List.of();
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return this;
    }

    @Override
    public String sql() {
        return nameParts.stream().map(SqlText::quoteIfNeeded).collect(Collectors.joining("."));
    }

    @Override
    public String toString() {
        return "lambda '" + sql();
    }
}

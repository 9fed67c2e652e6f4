package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * SQL expression text not parsed yet: {@code functions.expr("a + 1")}. A {@code Column} belongs to no session,
 * while how text parses does (ANSI casts, the zone of timestamp literals), so the analyzer parses it with the
 * session of the DataFrame that uses it; a syntax error is reported then, when that DataFrame is made.
 */
public record UnparsedExpression(String text) implements Unresolved {
    public UnparsedExpression {
        requireNonNull(text, "expression text is null");
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
        return text;
    }

    @Override
    public String toString() {
        return "'" + text;
    }
}

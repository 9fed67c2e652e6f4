package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import java.util.List;

/**
 * {@code col.cast(type)} before it knows its session: the analyzer makes it a {@link Cast} that fails as the
 * session says ({@code rivulet.sql.ansi.enabled}), as Spark's {@code Column.cast} takes the active session's mode.
 */
public record UnresolvedCast(Expression child, DataType dataType) implements Unresolved {
    public UnresolvedCast {
        requireNonNull(child, "child is null");
        requireNonNull(dataType, "dataType is null");
    }

    /** The cast in the session's mode. */
    public Cast resolve(EvalMode mode) {
        return new Cast(child, dataType, mode);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return new UnresolvedCast(children.get(0), dataType);
    }

    @Override
    public String sql() {
        return "CAST(" + child.sql() + " AS " + dataType.sql() + ")";
    }

    @Override
    public String toString() {
        return "cast(" + child + " as " + dataType.simpleString() + ")";
    }
}

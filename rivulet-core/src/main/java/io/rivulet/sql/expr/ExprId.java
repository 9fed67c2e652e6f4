package io.rivulet.sql.expr;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The identity of a named expression: the analyzer resolves a column name once, to the attribute of the
 * child's output with this id, and from then on plans refer to it by id, so that renaming, pruning and moving
 * filters across joins never confuse two columns of the same name. As Spark's {@code ExprId}: unique in the
 * JVM, printed as {@code name#id}.
 */
public record ExprId(long id) {
    private static final AtomicLong NEXT = new AtomicLong();

    public static ExprId next() {
        return new ExprId(NEXT.getAndIncrement());
    }

    @Override
    public String toString() {
        return "#" + id;
    }
}

package io.rivulet.sql.expr;

/**
 * Marks the nodes whose evaluation may raise an error for some row (ANSI arithmetic and casts, {@code element_at},
 * date parsing, user functions). Conditional nodes ({@code AND}, {@code OR}, {@code CASE WHEN}, {@code IF},
 * {@code coalesce}) evaluate a subtree that may raise only over the rows that reach it, as Spark's row-at-a-time
 * short-circuit does ({@code b <> 0 AND a / b > 1} never divides by zero); other subtrees are evaluated over the
 * whole batch, which is cheaper than gathering the rows. See {@link Selection}.
 */
public interface MayRaise extends Expression {
    /** Whether this node, as configured, can raise (a TRY or LEGACY node usually cannot). */
    default boolean mayRaise() {
        return true;
    }
}

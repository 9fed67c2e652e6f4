package io.rivulet.sql.analysis;

import io.rivulet.sql.expr.Expression;
import java.util.List;
import java.util.Optional;

/**
 * What the analyzer asks of the function registry ({@code io.rivulet.sql.expr.FunctionRegistry}: built-in functions
 * and the session's UDFs): the node of a call by name, its arguments resolved (their names; implicit casts come
 * later, from type coercion). The session plugs its registry in through {@link Catalog}; the analyzer itself knows
 * no function.
 */
@FunctionalInterface
public interface FunctionResolver {
    /** Knows no function: every call is {@code [UNRESOLVED_ROUTINE]}. */
    FunctionResolver NONE = (name, arguments, distinct) -> Optional.empty();

    /**
     * The node of {@code name(arguments)} ({@code name(DISTINCT arguments)} when {@code distinct}), the name looked
     * up case-insensitively; empty when no function has that name. A function that exists but does not take these
     * arguments throws the {@link io.rivulet.sql.AnalysisException} that says so ({@code [WRONG_NUM_ARGS]}).
     */
    Optional<Expression> resolve(String name, List<Expression> arguments, boolean distinct);
}

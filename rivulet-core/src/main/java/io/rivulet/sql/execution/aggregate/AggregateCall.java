package io.rivulet.sql.execution.aggregate;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.AttributeReference;
import java.util.List;

/**
 * One aggregate function of a {@link HashAggregateExec} and how it runs there: its {@code mode}; the column that
 * carries its {@code result} (what the result expressions refer to); and the columns of its partial state, one
 * per {@link AggregateFunction#stateTypes()}, which the partial step writes and the steps after it read (the same
 * attributes on both sides of the exchange). {@code function}'s children are evaluated over the input rows when
 * the mode updates, and ignored when it merges.
 */
public record AggregateCall(
        AggregateFunction function, AggregateMode mode, AttributeReference result, List<AttributeReference> states) {
    public AggregateCall {
        requireNonNull(function, "function is null");
        requireNonNull(mode, "mode is null");
        requireNonNull(result, "result is null");
        states = List.copyOf(states);
        if (states.size() != function.stateTypes().size()) {
            throw new IllegalArgumentException(
                    states.size() + " state columns for " + function.sql() + " of state " + function.stateTypes());
        }
    }

    /** The function in {@code mode}, its result and state columns new. */
    public static AggregateCall of(AggregateFunction function, AggregateMode mode) {
        String name = function.sql();
        List<AttributeReference> states = function.stateTypes().stream()
                .map(type -> AttributeReference.of(name, type, true))
                .toList();
        return new AggregateCall(
                function, mode, AttributeReference.of(name, function.dataType(), function.nullable()), states);
    }

    public AggregateCall withMode(AggregateMode newMode) {
        return new AggregateCall(function, newMode, result, states);
    }

    public AggregateCall withFunction(AggregateFunction newFunction) {
        return new AggregateCall(newFunction, mode, result, states);
    }

    @Override
    public String toString() {
        return mode.prefix() + function;
    }
}

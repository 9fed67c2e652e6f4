package io.rivulet.sql.expr;

import java.util.List;
import java.util.Optional;

/**
 * An expression whose arguments must be of given types, which the analyzer reaches by inserting implicit casts
 * (Spark's {@code ImplicitCastInputTypes}): {@code sqrt(i)} of an int column becomes {@code sqrt(CAST(i AS
 * DOUBLE))}, {@code upper(1)} becomes {@code upper(CAST(1 AS STRING))}. For each child {@code i < inputTypes().size()}
 * the analyzer calls {@link TypeWidening#implicitCast} with {@code inputTypes().get(i)} and casts when a cast is
 * needed and allowed; the check below then accepts the node.
 */
public interface ImplicitCastInputTypes extends Expression {
    /** What each argument must be, in order; arguments past the end are not constrained here. */
    List<ExpectedType> inputTypes();

    @Override
    default Optional<String> checkInputTypes() {
        return TypeChecks.inputTypes(this, inputTypes());
    }
}

package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import java.util.Optional;

/**
 * Which casts Spark allows (in ANSI mode and not), and which may give null for a non-null input. A placeholder
 * that accepts every cast until the expression package's full rules (Spark's {@code Cast.canAnsiCast}) land.
 */
final class CastRules {
    private CastRules() {}

    static boolean mayGiveNull(DataType from, DataType to) {
        return !from.equals(to);
    }

    static Optional<String> check(Cast cast) {
        return Optional.empty();
    }
}

package io.rivulet.sql.vector;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A value that does not fit its type, found while converting external values, with the path down to it ({@code
 * s.items.element}): each nested builder adds its segment on the way out, so the message names the field.
 */
final class ValueException extends IllegalArgumentException {
    private final Deque<String> path = new ArrayDeque<>();
    private final String problem;

    private ValueException(String segment, String problem, Throwable cause) {
        super(problem, cause);
        this.problem = problem;
        path.addFirst(segment);
    }

    /** A null where {@code segment} (a field, "element", "key" or "value") may not be null. */
    static ValueException nullValue(String segment, String where) {
        return new ValueException(segment, "null value in " + where, null);
    }

    /** {@code cause}, thrown while converting {@code segment}, with that segment in its path. */
    static ValueException at(String segment, IllegalArgumentException cause) {
        if (cause instanceof ValueException known) {
            known.path.addFirst(segment);
            return known;
        }
        return new ValueException(segment, cause.getMessage(), cause);
    }

    /** The path of field names, elements, keys and values, joined with dots. */
    String path() {
        return String.join(".", path);
    }

    String problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return "field " + path() + ": " + problem;
    }
}

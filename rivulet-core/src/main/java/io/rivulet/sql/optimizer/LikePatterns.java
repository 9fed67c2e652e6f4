package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Like;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.types.DataTypes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code LIKE} patterns that are plain string tests, as Spark's {@code LikeSimplification} reads them:
 * {@code 'abc%'} a prefix, {@code '%abc'} a suffix, {@code '%abc%'} an infix, {@code 'abc'} an equality. Patterns
 * with the escape character are left alone.
 */
record LikePatterns(Kind kind, String text) {
    enum Kind {
        STARTS_WITH,
        ENDS_WITH,
        CONTAINS,
        EQUAL_TO
    }

    private static final Pattern STARTS_WITH = Pattern.compile("([^_%]+)%");
    private static final Pattern ENDS_WITH = Pattern.compile("%([^_%]+)");
    private static final Pattern CONTAINS = Pattern.compile("%([^_%]+)%");
    private static final Pattern EQUAL_TO = Pattern.compile("([^_%]*)");

    /** The test {@code like} is, if its pattern is a literal string of one of those forms. */
    static Optional<LikePatterns> of(Like like) {
        if (!(like.right() instanceof Literal literal)
                || literal.isNull()
                || !literal.dataType().equals(DataTypes.StringType)) {
            return Optional.empty();
        }
        String pattern = (String) literal.externalValue();
        if (pattern.indexOf(like.escapeChar()) >= 0) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            Matcher matcher = pattern(kind).matcher(pattern);
            if (matcher.matches()) {
                return Optional.of(new LikePatterns(kind, matcher.group(1)));
            }
        }
        return Optional.empty();
    }

    private static Pattern pattern(Kind kind) {
        return switch (kind) {
            case STARTS_WITH -> STARTS_WITH;
            case ENDS_WITH -> ENDS_WITH;
            case CONTAINS -> CONTAINS;
            case EQUAL_TO -> EQUAL_TO;
        };
    }

    /** The input of the {@code LIKE}. */
    static Expression input(Like like) {
        return like.left();
    }
}

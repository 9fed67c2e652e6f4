package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.Contains;
import io.rivulet.sql.expr.EndsWith;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.In;
import io.rivulet.sql.expr.InSet;
import io.rivulet.sql.expr.Like;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.StartsWith;
import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.types.DataTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The string and list parts of {@link SourceFilters}: {@code IN} lists of literals, {@code startswith},
 * {@code endswith}, {@code contains} of a string literal, and the {@code LIKE} patterns that are those tests.
 */
final class StringFilters {
    private StringFilters() {}

    static Optional<Filter> translate(Expression condition, SourceFilters columns) {
        if (condition instanceof In in && in.list().stream().allMatch(item -> item instanceof Literal)) {
            List<Object> values = new ArrayList<>();
            for (Expression item : in.list()) {
                values.add(((Literal) item).externalValue());
            }
            return columns.column(in.value()).map(name -> new Filter.In(name, values));
        }
        if (condition instanceof InSet set) {
            List<Object> values = new ArrayList<>();
            for (Object value : set.values()) {
                values.add(new Literal(value, set.child().dataType()).externalValue());
            }
            return columns.column(set.child()).map(name -> new Filter.In(name, values));
        }
        if (condition instanceof StartsWith test) {
            return text(test.right())
                    .flatMap(t -> columns.column(test.left()).map(n -> new Filter.StringStartsWith(n, t)));
        }
        if (condition instanceof EndsWith test) {
            return text(test.right())
                    .flatMap(t -> columns.column(test.left()).map(n -> new Filter.StringEndsWith(n, t)));
        }
        if (condition instanceof Contains test) {
            return text(test.right())
                    .flatMap(t -> columns.column(test.left()).map(n -> new Filter.StringContains(n, t)));
        }
        if (condition instanceof Like like) {
            return LikePatterns.of(like)
                    .flatMap(p -> columns.column(like.left()).map(name -> switch (p.kind()) {
                        case STARTS_WITH -> new Filter.StringStartsWith(name, p.text());
                        case ENDS_WITH -> new Filter.StringEndsWith(name, p.text());
                        case CONTAINS -> new Filter.StringContains(name, p.text());
                        case EQUAL_TO -> new Filter.EqualTo(name, p.text());
                    }));
        }
        return Optional.empty();
    }

    private static Optional<String> text(Expression expression) {
        if (expression instanceof Literal literal
                && !literal.isNull()
                && literal.dataType().equals(DataTypes.StringType)) {
            return Optional.of((String) literal.externalValue());
        }
        return Optional.empty();
    }
}

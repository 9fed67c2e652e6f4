package io.rivulet.sql.execution;

import io.rivulet.sql.expr.And;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.BinaryComparison;
import io.rivulet.sql.expr.ComparisonOp;
import io.rivulet.sql.expr.Contains;
import io.rivulet.sql.expr.EndsWith;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GetStructField;
import io.rivulet.sql.expr.In;
import io.rivulet.sql.expr.IsNotNull;
import io.rivulet.sql.expr.IsNull;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.Not;
import io.rivulet.sql.expr.Or;
import io.rivulet.sql.expr.StartsWith;
import io.rivulet.sql.sources.Filter;
import io.rivulet.sql.types.StringType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The planner's translation of conditions into source filters, as Spark's {@code translateFilter} (the same
 * algebra the optimizer offers scans in): a column (or a field of one, {@code a.b}) compared with a literal either
 * way round, null tests, string prefix, suffix and infix tests with a literal, {@code IN} lists of literals, and
 * {@code AND}, {@code OR}, {@code NOT} of translatable parts. Values are external ({@link Literal#externalValue}).
 * A translation is only ever used to recognize a conjunct among those the scan applies, so anything it does not
 * know stays in the filter.
 */
final class SourceFilterTranslation implements FilterTranslation {
    static final SourceFilterTranslation INSTANCE = new SourceFilterTranslation();

    private SourceFilterTranslation() {}

    @Override
    public List<Expression> conjuncts(Expression condition) {
        List<Expression> conjuncts = new ArrayList<>();
        collect(condition, conjuncts);
        return conjuncts;
    }

    private static void collect(Expression condition, List<Expression> into) {
        if (condition instanceof And and) {
            collect(and.left(), into);
            collect(and.right(), into);
        } else {
            into.add(condition);
        }
    }

    @Override
    public Expression conjunction(List<Expression> conjuncts) {
        Expression result = conjuncts.get(0);
        for (int i = 1; i < conjuncts.size(); i++) {
            result = new And(result, conjuncts.get(i));
        }
        return result;
    }

    @Override
    public Optional<Filter> translate(Expression condition) {
        if (condition instanceof And and) {
            return both(and.left(), and.right()).map(p -> new Filter.And(p[0], p[1]));
        } else if (condition instanceof Or or) {
            return both(or.left(), or.right()).map(p -> new Filter.Or(p[0], p[1]));
        } else if (condition instanceof Not not) {
            return translate(not.child()).map(Filter.Not::new);
        } else if (condition instanceof Literal literal && literal.value() instanceof Boolean value) {
            return Optional.of(value ? new Filter.AlwaysTrue() : new Filter.AlwaysFalse());
        } else if (condition instanceof IsNull isNull) {
            return column(isNull.child()).map(Filter.IsNull::new);
        } else if (condition instanceof IsNotNull isNotNull) {
            return column(isNotNull.child()).map(Filter.IsNotNull::new);
        } else if (condition instanceof BinaryComparison comparison) {
            return comparison(comparison);
        } else if (condition instanceof In in) {
            return in(in);
        } else if (condition instanceof StartsWith p) {
            return string(p.left(), p.right()).map(s -> new Filter.StringStartsWith(s[0], s[1]));
        } else if (condition instanceof EndsWith p) {
            return string(p.left(), p.right()).map(s -> new Filter.StringEndsWith(s[0], s[1]));
        } else if (condition instanceof Contains p) {
            return string(p.left(), p.right()).map(s -> new Filter.StringContains(s[0], s[1]));
        }
        return Optional.empty();
    }

    private Optional<Filter[]> both(Expression left, Expression right) {
        Optional<Filter> l = translate(left);
        Optional<Filter> r = l.isPresent() ? translate(right) : Optional.empty();
        return r.isPresent() ? Optional.of(new Filter[] {l.get(), r.get()}) : Optional.empty();
    }

    private static Optional<Filter> comparison(BinaryComparison comparison) {
        Optional<String> name = column(comparison.left());
        ComparisonOp op = comparison.op();
        Expression other = comparison.right();
        if (name.isEmpty()) {
            name = column(comparison.right());
            op = op.flip();
            other = comparison.left();
        }
        if (name.isEmpty() || !(other instanceof Literal literal)) {
            return Optional.empty();
        }
        String attribute = name.get();
        Object value = literal.externalValue();
        return Optional.of(
                switch (op) {
                    case EQUAL -> new Filter.EqualTo(attribute, value);
                    case NULL_SAFE_EQUAL -> new Filter.EqualNullSafe(attribute, value);
                    case LESS -> new Filter.LessThan(attribute, value);
                    case LESS_OR_EQUAL -> new Filter.LessThanOrEqual(attribute, value);
                    case GREATER -> new Filter.GreaterThan(attribute, value);
                    case GREATER_OR_EQUAL -> new Filter.GreaterThanOrEqual(attribute, value);
                });
    }

    private static Optional<Filter> in(In in) {
        Optional<String> name = column(in.value());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<Object> values = new ArrayList<>();
        for (Expression element : in.list()) {
            if (!(element instanceof Literal literal)) {
                return Optional.empty();
            }
            values.add(literal.externalValue());
        }
        return Optional.of(new Filter.In(name.get(), values));
    }

    private static Optional<String[]> string(Expression left, Expression right) {
        Optional<String> name = column(left);
        if (name.isPresent()
                && right instanceof Literal literal
                && literal.dataType() instanceof StringType
                && literal.value() != null) {
            return Optional.of(new String[] {name.get(), (String) literal.externalValue()});
        }
        return Optional.empty();
    }

    /** The source's name of a column or a field of one ({@code a.b}), if {@code expression} is one. */
    private static Optional<String> column(Expression expression) {
        if (expression instanceof AttributeReference attribute) {
            return Optional.of(attribute.name());
        }
        if (expression instanceof GetStructField field) {
            return column(field.child()).map(parent -> parent + "." + field.name());
        }
        return Optional.empty();
    }
}

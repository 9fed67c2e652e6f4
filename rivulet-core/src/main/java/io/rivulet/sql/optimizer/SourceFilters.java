package io.rivulet.sql.optimizer;

import io.rivulet.sql.expr.And;
import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.BinaryComparison;
import io.rivulet.sql.expr.ComparisonOp;
import io.rivulet.sql.expr.ExprId;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.GetStructField;
import io.rivulet.sql.expr.IsNotNull;
import io.rivulet.sql.expr.IsNull;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.Not;
import io.rivulet.sql.expr.Or;
import io.rivulet.sql.sources.Filter;
import java.util.Optional;
import java.util.Set;

/**
 * Translates conditions into the data source filter algebra ({@link Filter}), as Spark's
 * {@code DataSourceStrategy.translateFilter}: comparisons of a column (or a field of one, {@code a.b}) with a
 * literal, either way round, null tests, string prefix, suffix and infix tests, {@code IN} lists of literals, and
 * {@code AND}, {@code OR}, {@code NOT} of translatable parts (both sides: pushing one side of an {@code AND}
 * under an {@code OR} would keep rows it should drop). Values are external, as a source compares them.
 */
final class SourceFilters {
    private final Set<ExprId> columns;

    /** Translates over the columns {@code columns} (a scan's output). */
    SourceFilters(Set<ExprId> columns) {
        this.columns = columns;
    }

    Optional<Filter> translate(Expression condition) {
        if (condition instanceof And and) {
            return both(and.left(), and.right()).map(p -> new Filter.And(p[0], p[1]));
        }
        if (condition instanceof Or or) {
            return both(or.left(), or.right()).map(p -> new Filter.Or(p[0], p[1]));
        }
        if (condition instanceof Not not) {
            return translate(not.child()).map(Filter.Not::new);
        }
        if (condition instanceof Literal literal && literal.value() instanceof Boolean value) {
            return Optional.of(value ? new Filter.AlwaysTrue() : new Filter.AlwaysFalse());
        }
        if (condition instanceof IsNull isNull) {
            return column(isNull.child()).map(Filter.IsNull::new);
        }
        if (condition instanceof IsNotNull isNotNull) {
            return column(isNotNull.child()).map(Filter.IsNotNull::new);
        }
        if (condition instanceof BinaryComparison comparison) {
            return comparison(comparison);
        }
        return StringFilters.translate(condition, this);
    }

    private Optional<Filter[]> both(Expression left, Expression right) {
        Optional<Filter> l = translate(left);
        Optional<Filter> r = l.isPresent() ? translate(right) : Optional.empty();
        return r.isPresent() ? Optional.of(new Filter[] {l.get(), r.get()}) : Optional.empty();
    }

    private Optional<Filter> comparison(BinaryComparison comparison) {
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

    /** The source's name of a column of the scan or a field of one ({@code a.b}), if {@code expression} is one. */
    Optional<String> column(Expression expression) {
        if (expression instanceof AttributeReference attribute && columns.contains(attribute.exprId())) {
            return Optional.of(attribute.name());
        }
        if (expression instanceof GetStructField field) {
            return column(field.child()).map(parent -> parent + "." + field.name());
        }
        return Optional.empty();
    }
}

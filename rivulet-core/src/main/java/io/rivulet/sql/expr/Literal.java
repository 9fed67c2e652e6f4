package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.Internal;
import java.util.List;

/**
 * A constant: {@code value} in its internal form ({@link Internal}: a {@code Long} for a long, UTF-8 bytes for
 * a string, days for a date, ...), or null. Equality compares the internal values, byte arrays by content.
 */
public record Literal(Object value, DataType dataType) implements Expression {
    public Literal {
        requireNonNull(dataType, "dataType is null");
    }

    /** The literal of an external Java value ({@code 1L}, {@code "a"}, a {@code LocalDate}), typed as Spark's {@code lit}. */
    public static Literal of(Object external) {
        DataType type = Literals.typeOf(external);
        return new Literal(external == null ? null : Internal.toInternal(type, external), type);
    }

    public static Literal ofNull(DataType type) {
        return new Literal(null, type);
    }

    public static final Literal TRUE = new Literal(Boolean.TRUE, DataTypes.BooleanType);
    public static final Literal FALSE = new Literal(Boolean.FALSE, DataTypes.BooleanType);

    public boolean isNull() {
        return value == null;
    }

    /** The value as a {@code Row} would give it. */
    public Object externalValue() {
        return value == null ? null : Internal.toExternal(dataType, value);
    }

    @Override
    public List<Expression> children() {
        return List.of();
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return this;
    }

    @Override
    public boolean nullable() {
        return value == null;
    }

    @Override
    public boolean foldable() {
        return true;
    }

    /** The value repeated for every row. */
    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        return Vectors.constant(dataType, value, batch.numRows());
    }

    @Override
    public String sql() {
        return Literals.sql(this);
    }

    @Override
    public String toString() {
        return Literals.planString(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Literal that
                && dataType.equals(that.dataType)
                && java.util.Objects.deepEquals(value, that.value);
    }

    @Override
    public int hashCode() {
        return dataType.hashCode() * 31 + java.util.Arrays.deepHashCode(new Object[] {value});
    }
}

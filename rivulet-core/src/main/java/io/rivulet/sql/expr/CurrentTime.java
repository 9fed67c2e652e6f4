package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.Internal;
import java.time.Instant;
import java.util.List;

/**
 * {@code current_timestamp()} ({@code now()}) and {@code current_date()} (in the session zone). Spark computes them
 * once per query: they are foldable, so constant folding evaluates them while planning and every row of the query
 * sees the same instant; evaluated without folding, each batch reads the clock.
 */
public record CurrentTime(boolean date, String name) implements Expression {
    public CurrentTime {
        requireNonNull(name, "name is null");
    }

    public static CurrentTime timestamp() {
        return new CurrentTime(false, "current_timestamp");
    }

    public static CurrentTime currentDate() {
        return new CurrentTime(true, "current_date");
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
    public DataType dataType() {
        return date ? DataTypes.DateType : DataTypes.TimestampType;
    }

    @Override
    public boolean nullable() {
        return false;
    }

    @Override
    public boolean foldable() {
        return true;
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        long micros = Internal.instantToMicros(Instant.now());
        Object value = date ? (Object) SparkDateTime.days(micros, context.timeZone()) : (Object) micros;
        return Vectors.constant(dataType(), value, batch.numRows());
    }

    @Override
    public String sql() {
        return name + "()";
    }

    @Override
    public String toString() {
        return name + "()";
    }
}

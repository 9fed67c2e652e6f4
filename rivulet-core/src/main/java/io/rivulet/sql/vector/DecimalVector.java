package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DecimalType;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A column of decimals of more than {@value DecimalType#MAX_LONG_DIGITS} digits: {@code BigDecimal}s at the type's
 * scale (narrower decimals live in a {@link LongVector} as unscaled longs). Null rows hold a zero.
 */
public final class DecimalVector extends ColumnVector {
    private static final BigDecimal[] EMPTY = new BigDecimal[0];

    private final BigDecimal[] values;

    /** Takes ownership of {@code values}: at the type's scale, a zero (not null) at null rows. */
    public DecimalVector(DataType type, int size, BigDecimal[] values, boolean[] nulls) {
        super(requireStorage(type), size, nulls);
        this.values = requireNonNull(values, "values is null");
        if (values.length < size) {
            throw new IllegalArgumentException(values.length + " values for a vector of " + size + " rows");
        }
    }

    private static DataType requireStorage(DataType type) {
        if (Storage.of(type) != Storage.DECIMAL) {
            throw new IllegalArgumentException("A DecimalVector cannot hold values of type " + type.simpleString());
        }
        return type;
    }

    public static Builder builder(DataType type, int expectedRows) {
        return new Builder(type, expectedRows);
    }

    public DecimalType decimalType() {
        return (DecimalType) type();
    }

    /** The backing array; never write to it. */
    public BigDecimal[] values() {
        return values;
    }

    public BigDecimal getDecimal(int row) {
        return values[row];
    }

    @Override
    public Object get(int row) {
        checkRow(row);
        return isNull(row) ? null : values[row];
    }

    @Override
    public Object getInternal(int row) {
        return get(row);
    }

    @Override
    public DecimalVector gather(int[] positions, int count) {
        BigDecimal[] out = new BigDecimal[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new DecimalVector(type(), count, out, Nulls.gather(nulls(), positions, count));
    }

    @Override
    public DecimalVector slice(int from, int to) {
        checkSlice(from, to);
        if (from == 0 && to == size()) {
            return this;
        }
        return new DecimalVector(
                type(), to - from, Arrays.copyOfRange(values, from, to), Nulls.slice(nulls(), from, to));
    }

    /** A reference and about 48 bytes of {@code BigDecimal} and {@code BigInteger} per value. */
    @Override
    public long estimatedBytes() {
        return 32 + 56L * values.length + Nulls.bytes(nulls());
    }

    /** Appends decimals, rescaled to the type's scale and checked against its precision. */
    public static final class Builder extends VectorBuilder {
        private final BigDecimal zero;
        private BigDecimal[] values = EMPTY;

        Builder(DataType type, int expectedRows) {
            super(requireStorage(type), expectedRows);
            this.zero = BigDecimal.ZERO.setScale(((DecimalType) type).scale());
        }

        public void append(BigDecimal value) {
            appendScaled(Internal.toDecimal(requireNonNull(value, "value is null"), (DecimalType) type()));
        }

        private void appendScaled(BigDecimal value) {
            if (size == values.length) {
                grow(size + 1);
            }
            values[size++] = value;
        }

        @Override
        public void appendNull() {
            appendScaled(zero);
            markNull(size - 1);
        }

        @Override
        public void append(Object external) {
            if (external == null) {
                appendNull();
            } else {
                appendScaled(Internal.externalDecimal((DecimalType) type(), external));
            }
        }

        @Override
        public void appendInternal(Object internal) {
            if (internal == null) {
                appendNull();
            } else {
                append((BigDecimal) internal);
            }
        }

        @Override
        public void appendFrom(ColumnVector source, int row) {
            if (source.isNull(row)) {
                appendNull();
            } else {
                DecimalVector vector = (DecimalVector) source;
                if (vector.decimalType().equals(type())) {
                    appendScaled(vector.values[row]);
                } else {
                    append(vector.values[row]);
                }
            }
        }

        @Override
        public DecimalVector build() {
            int rows = size;
            DecimalVector vector = new DecimalVector(type(), rows, values, takeNulls());
            values = EMPTY;
            return vector;
        }

        @Override
        public long estimatedBytes() {
            return 56L * size + 8L * (values.length - size) + nullBytes();
        }

        private void grow(int needed) {
            int capacity = values.length == 0 ? Math.max(expectedRows, needed) : Nulls.grow(values.length, needed);
            values = Arrays.copyOf(values, Math.max(capacity, 1));
        }
    }
}

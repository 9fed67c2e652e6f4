package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code child IN (constants...)} over a set of internal values ({@code values}, of the child's type; null allowed),
 * as Spark's {@code InSet}, with {@link In}'s null rules. Longs and ints (and dates, timestamps, narrow decimals)
 * are looked up by binary search in a sorted array, other types in a hash set of {@link InternalValues#key keys}.
 */
public record InSet(Expression child, List<Object> values) implements Expression {
    public InSet {
        requireNonNull(child, "child is null");
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The set of the literal items of an {@link In}. */
    static InSet of(Expression value, List<Expression> items) {
        List<Object> values = new ArrayList<>(items.size());
        for (Expression item : items) {
            values.add(((Literal) item).value());
        }
        return new InSet(value, values);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new InSet(children.get(0), values);
    }

    @Override
    public DataType dataType() {
        return DataTypes.BooleanType;
    }

    @Override
    public boolean nullable() {
        return child.nullable() || values.contains(null);
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        ColumnVector v = child.eval(batch, context);
        boolean hasNull = values.contains(null);
        boolean[] found = new boolean[n];
        if (v instanceof LongVector || v instanceof IntVector) {
            long[] sorted = values.stream()
                    .filter(x -> x != null)
                    .mapToLong(x -> ((Number) x).longValue())
                    .sorted()
                    .toArray();
            long[] a = Vectors.longs(v);
            for (int i = 0; i < n; i++) {
                found[i] = Arrays.binarySearch(sorted, a[i]) >= 0;
            }
        } else {
            Set<Object> keys = new HashSet<>();
            for (Object value : values) {
                if (value != null) {
                    keys.add(InternalValues.key(value));
                }
            }
            BytesVector bytes = v instanceof BytesVector b ? b : null;
            for (int i = 0; i < n; i++) {
                if (!v.isNull(i)) {
                    Object key = bytes != null
                            ? new InternalValues.BytesKey(bytes.bytesAt(i))
                            : InternalValues.key(v.getInternal(i));
                    found[i] = keys.contains(key);
                }
            }
        }
        boolean[] sawNull = new boolean[n];
        if (hasNull) {
            Arrays.fill(sawNull, true);
        }
        return result(v, found, sawNull, n);
    }

    /** The result of a membership test: null for a null value, true if found, null if a null item was seen. */
    static ColumnVector result(ColumnVector value, boolean[] found, boolean[] sawNull, int n) {
        boolean[] nulls = null;
        for (int i = 0; i < n; i++) {
            if (value.isNull(i) || (!found[i] && sawNull[i])) {
                nulls = nulls == null ? new boolean[n] : nulls;
                nulls[i] = true;
            }
        }
        return Vectors.ofBooleans(n, found, nulls);
    }

    private String list() {
        DataType type = child.dataType();
        return values.stream().map(v -> new Literal(v, type).sql()).collect(Collectors.joining(", "));
    }

    @Override
    public String sql() {
        return "(" + child.sql() + " IN (" + list() + "))";
    }

    @Override
    public String toString() {
        return child + " INSET " + list();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InSet that
                && child.equals(that.child)
                && values.stream()
                        .map(InternalValues::key)
                        .toList()
                        .equals(that.values.stream().map(InternalValues::key).toList());
    }

    @Override
    public int hashCode() {
        return child.hashCode() * 31
                + values.stream()
                        .map(InternalValues::key)
                        .map(java.util.Objects::hashCode)
                        .reduce(0, Integer::sum);
    }
}

package io.rivulet.sql.vector;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.GenericRow;
import io.rivulet.sql.Row;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.List;

/**
 * A column of structs: one child vector per field, each of the struct's size. The children of a null row hold
 * nulls. {@link #get} gives a {@code Row} whose schema is the struct type.
 */
public final class StructVector extends ColumnVector {
    private final ColumnVector[] children;
    private final List<ColumnVector> childList;

    /** {@code children}: one per field, of the field's type (nullability aside), each of {@code size} rows. */
    public StructVector(StructType type, int size, List<ColumnVector> children, boolean[] nulls) {
        super(type, size, nulls);
        this.children = requireNonNull(children, "children is null").toArray(new ColumnVector[0]);
        this.childList = List.of(this.children);
        if (this.children.length != type.length()) {
            throw new IllegalArgumentException(
                    this.children.length + " children for a vector of " + type.simpleString());
        }
        for (int i = 0; i < this.children.length; i++) {
            ColumnVector child = this.children[i];
            StructField field = type.field(i);
            if (child.size() != size || !Types.sameIgnoringNullability(child.type(), field.dataType())) {
                throw new IllegalArgumentException("Child " + i + " (" + child.size() + " rows of "
                        + child.type().simpleString() + ") does not fit field " + field.name() + " of "
                        + type.simpleString() + " in " + size + " rows");
            }
        }
    }

    public static Builder builder(StructType type, int expectedRows) {
        return new Builder(type, expectedRows);
    }

    public StructType structType() {
        return (StructType) type();
    }

    public int numChildren() {
        return children.length;
    }

    public ColumnVector child(int field) {
        return children[field];
    }

    public List<ColumnVector> children() {
        return childList;
    }

    @Override
    public Object get(int row) {
        checkRow(row);
        if (isNull(row)) {
            return null;
        }
        Object[] values = new Object[children.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = children[i].get(row);
        }
        return new GenericRow(values, structType());
    }

    @Override
    public Object getInternal(int row) {
        checkRow(row);
        if (isNull(row)) {
            return null;
        }
        Object[] values = new Object[children.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = children[i].getInternal(row);
        }
        return values;
    }

    @Override
    public StructVector gather(int[] positions, int count) {
        ColumnVector[] out = new ColumnVector[children.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = children[i].gather(positions, count);
        }
        return new StructVector(structType(), count, List.of(out), Nulls.gather(nulls(), positions, count));
    }

    @Override
    public StructVector slice(int from, int to) {
        checkSlice(from, to);
        if (from == 0 && to == size()) {
            return this;
        }
        ColumnVector[] out = new ColumnVector[children.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = children[i].slice(from, to);
        }
        return new StructVector(structType(), to - from, List.of(out), Nulls.slice(nulls(), from, to));
    }

    @Override
    public long estimatedBytes() {
        long bytes = 32 + 8L * children.length + Nulls.bytes(nulls());
        for (ColumnVector child : children) {
            bytes += child.estimatedBytes();
        }
        return bytes;
    }

    /**
     * Appends structs. Typed use: append one value to every {@link #field(int)} builder, then call {@link
     * #endStruct()}; {@link #appendNull()} appends the nulls to the fields itself.
     */
    public static final class Builder extends VectorBuilder {
        private final VectorBuilder[] fields;

        Builder(StructType type, int expectedRows) {
            super(type, expectedRows);
            this.fields = new VectorBuilder[type.length()];
            for (int i = 0; i < fields.length; i++) {
                fields[i] = VectorBuilder.forType(type.field(i).dataType(), expectedRows);
            }
        }

        public VectorBuilder field(int index) {
            return fields[index];
        }

        public int numFields() {
            return fields.length;
        }

        /** Ends a non-null row: every field builder must have received exactly one value for it. */
        public void endStruct() {
            for (int i = 0; i < fields.length; i++) {
                if (fields[i].size() != size + 1) {
                    throw new IllegalStateException(
                            "Field " + i + " has " + fields[i].size() + " values at the end of struct row " + size);
                }
            }
            size++;
        }

        @Override
        public void appendNull() {
            for (VectorBuilder field : fields) {
                field.appendNull();
            }
            markNull(size);
            size++;
        }

        /**
         * Appends a {@code Row} of one value per field; a null in a non-nullable field, or a value that does not fit
         * its field, throws {@code IllegalArgumentException} naming the field.
         */
        @Override
        public void append(Object external) {
            if (external == null) {
                appendNull();
                return;
            }
            StructType type = (StructType) type();
            Row row = Internal.externalRow(type, external);
            if (row.size() != fields.length) {
                throw new IllegalArgumentException("A row of " + row.size() + " values does not fit the "
                        + fields.length + " fields of " + type.simpleString());
            }
            for (int i = 0; i < fields.length; i++) {
                Object value = row.get(i);
                StructField field = type.field(i);
                if (value == null && !field.nullable()) {
                    throw ValueException.nullValue(field.name(), "a non-nullable field");
                }
                try {
                    fields[i].append(value);
                } catch (IllegalArgumentException e) {
                    throw ValueException.at(field.name(), e);
                }
            }
            size++;
        }

        @Override
        public void appendInternal(Object internal) {
            if (internal == null) {
                appendNull();
                return;
            }
            Object[] values = (Object[]) internal;
            for (int i = 0; i < fields.length; i++) {
                fields[i].appendInternal(values[i]);
            }
            size++;
        }

        @Override
        public void appendFrom(ColumnVector source, int row) {
            if (source.isNull(row)) {
                appendNull();
                return;
            }
            StructVector vector = (StructVector) source;
            for (int i = 0; i < fields.length; i++) {
                fields[i].appendFrom(vector.children[i], row);
            }
            size++;
        }

        @Override
        public void appendRange(ColumnVector source, int from, int to) {
            StructVector vector = (StructVector) source;
            for (int i = 0; i < fields.length; i++) {
                fields[i].appendRange(vector.children[i], from, to);
            }
            for (int row = from; row < to; row++) {
                if (vector.isNull(row)) {
                    markNull(size + row - from);
                }
            }
            size += to - from;
        }

        @Override
        public StructVector build() {
            int rows = size;
            ColumnVector[] children = new ColumnVector[fields.length];
            for (int i = 0; i < children.length; i++) {
                children[i] = fields[i].build();
            }
            return new StructVector((StructType) type(), rows, List.of(children), takeNulls());
        }

        @Override
        public long estimatedBytes() {
            long bytes = nullBytes();
            for (VectorBuilder field : fields) {
                bytes += field.estimatedBytes();
            }
            return bytes;
        }
    }
}

package io.rivulet.sql.types;

import static java.util.Objects.requireNonNull;

/**
 * A list of values of {@code elementType}, as Spark's {@code ArrayType}; external class {@code java.util.List}.
 * {@code containsNull} says whether elements may be null.
 */
public final class ArrayType extends DataType {
    private final DataType elementType;
    private final boolean containsNull;

    public ArrayType(DataType elementType, boolean containsNull) {
        this.elementType = requireNonNull(elementType, "elementType is null");
        this.containsNull = containsNull;
    }

    public DataType elementType() {
        return elementType;
    }

    public boolean containsNull() {
        return containsNull;
    }

    @Override
    public String typeName() {
        return "array";
    }

    @Override
    public String simpleString() {
        return "array<" + elementType.simpleString() + ">";
    }

    @Override
    public String catalogString() {
        return "array<" + elementType.catalogString() + ">";
    }

    @Override
    public String sql() {
        return "ARRAY<" + elementType.sql() + ">";
    }

    /** One element on average, as Spark assumes (SPARK-18853). */
    @Override
    public int defaultSize() {
        return elementType.defaultSize();
    }

    @Override
    public ArrayType asNullable() {
        return new ArrayType(elementType.asNullable(), true);
    }

    void buildFormattedString(String prefix, StringBuilder builder, int maxDepth) {
        if (maxDepth > 0) {
            builder.append(prefix)
                    .append("-- element: ")
                    .append(elementType.typeName())
                    .append(" (containsNull = ")
                    .append(containsNull)
                    .append(")\n");
            DataType.buildFormattedString(elementType, prefix + "    |", builder, maxDepth);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArrayType that
                && containsNull == that.containsNull
                && elementType.equals(that.elementType);
    }

    @Override
    public int hashCode() {
        return 31 * elementType.hashCode() + (containsNull ? 1 : 0);
    }

    @Override
    public String toString() {
        return "ArrayType(" + elementType + "," + containsNull + ")";
    }
}

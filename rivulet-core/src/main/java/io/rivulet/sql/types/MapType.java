package io.rivulet.sql.types;

import static java.util.Objects.requireNonNull;

/**
 * A map from keys of {@code keyType} to values of {@code valueType}, as Spark's {@code MapType}; external class
 * {@code java.util.Map} (a {@code LinkedHashMap}: entries keep their order). Keys are never null; {@code
 * valueContainsNull} says whether values may be.
 */
public final class MapType extends DataType {
    private final DataType keyType;
    private final DataType valueType;
    private final boolean valueContainsNull;

    public MapType(DataType keyType, DataType valueType, boolean valueContainsNull) {
        this.keyType = requireNonNull(keyType, "keyType is null");
        this.valueType = requireNonNull(valueType, "valueType is null");
        this.valueContainsNull = valueContainsNull;
    }

    public DataType keyType() {
        return keyType;
    }

    public DataType valueType() {
        return valueType;
    }

    public boolean valueContainsNull() {
        return valueContainsNull;
    }

    @Override
    public String typeName() {
        return "map";
    }

    @Override
    public String simpleString() {
        return "map<" + keyType.simpleString() + "," + valueType.simpleString() + ">";
    }

    @Override
    public String catalogString() {
        return "map<" + keyType.catalogString() + "," + valueType.catalogString() + ">";
    }

    @Override
    public String sql() {
        return "MAP<" + keyType.sql() + ", " + valueType.sql() + ">";
    }

    /** One entry on average, as Spark assumes (SPARK-18853). */
    @Override
    public int defaultSize() {
        return keyType.defaultSize() + valueType.defaultSize();
    }

    @Override
    public MapType asNullable() {
        return new MapType(keyType.asNullable(), valueType.asNullable(), true);
    }

    void buildFormattedString(String prefix, StringBuilder builder, int maxDepth) {
        if (maxDepth > 0) {
            builder.append(prefix).append("-- key: ").append(keyType.typeName()).append('\n');
            DataType.buildFormattedString(keyType, prefix + "    |", builder, maxDepth);
            builder.append(prefix)
                    .append("-- value: ")
                    .append(valueType.typeName())
                    .append(" (valueContainsNull = ")
                    .append(valueContainsNull)
                    .append(")\n");
            DataType.buildFormattedString(valueType, prefix + "    |", builder, maxDepth);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MapType that
                && valueContainsNull == that.valueContainsNull
                && keyType.equals(that.keyType)
                && valueType.equals(that.valueType);
    }

    @Override
    public int hashCode() {
        return (31 * keyType.hashCode() + valueType.hashCode()) * 31 + (valueContainsNull ? 1 : 0);
    }

    @Override
    public String toString() {
        return "MapType(" + keyType + "," + valueType + "," + valueContainsNull + ")";
    }
}

package io.rivulet.sql.types;

/** A string of Unicode characters (stored as UTF-8); external class {@code String}. Use the singleton {@link DataTypes#StringType}. */
public final class StringType extends DataType {
    public static final StringType INSTANCE = new StringType();

    private StringType() {}

    @Override
    public String typeName() {
        return "string";
    }

    @Override
    public int defaultSize() {
        return 20;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

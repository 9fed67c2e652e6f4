package io.rivulet.sql.types;

/** A signed 32-bit integer; external class {@code Integer}. Use the singleton {@link DataTypes#IntegerType}. */
public final class IntegerType extends IntegralType {
    public static final IntegerType INSTANCE = new IntegerType();

    private IntegerType() {}

    @Override
    public String typeName() {
        return "integer";
    }

    @Override
    public String simpleString() {
        return "int";
    }

    @Override
    public int defaultSize() {
        return 4;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

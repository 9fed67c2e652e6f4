package io.rivulet.sql.types;

/** A signed 8-bit integer; external class {@code Byte}. Use the singleton {@link DataTypes#ByteType}. */
public final class ByteType extends IntegralType {
    public static final ByteType INSTANCE = new ByteType();

    private ByteType() {}

    @Override
    public String typeName() {
        return "byte";
    }

    @Override
    public String simpleString() {
        return "tinyint";
    }

    @Override
    public int defaultSize() {
        return 1;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

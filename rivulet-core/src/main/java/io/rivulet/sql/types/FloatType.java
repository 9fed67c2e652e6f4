package io.rivulet.sql.types;

/** An IEEE 754 single-precision number; external class {@code Float}. Use the singleton {@link DataTypes#FloatType}. */
public final class FloatType extends FractionalType {
    public static final FloatType INSTANCE = new FloatType();

    private FloatType() {}

    @Override
    public String typeName() {
        return "float";
    }

    @Override
    public int defaultSize() {
        return 4;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

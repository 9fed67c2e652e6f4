package io.rivulet.sql.types;

/** An IEEE 754 double-precision number; external class {@code Double}. Use the singleton {@link DataTypes#DoubleType}. */
public final class DoubleType extends FractionalType {
    public static final DoubleType INSTANCE = new DoubleType();

    private DoubleType() {}

    @Override
    public String typeName() {
        return "double";
    }

    @Override
    public int defaultSize() {
        return 8;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

package io.rivulet.sql.types;

/** {@code true} or {@code false}; external class {@code Boolean}. Use the singleton {@link DataTypes#BooleanType}. */
public final class BooleanType extends DataType {
    public static final BooleanType INSTANCE = new BooleanType();

    private BooleanType() {}

    @Override
    public String typeName() {
        return "boolean";
    }

    @Override
    public int defaultSize() {
        return 1;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

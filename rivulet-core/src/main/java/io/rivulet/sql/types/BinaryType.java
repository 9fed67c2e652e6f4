package io.rivulet.sql.types;

/** A sequence of bytes; external class {@code byte[]}. Use the singleton {@link DataTypes#BinaryType}. */
public final class BinaryType extends DataType {
    public static final BinaryType INSTANCE = new BinaryType();

    private BinaryType() {}

    @Override
    public String typeName() {
        return "binary";
    }

    @Override
    public int defaultSize() {
        return 100;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

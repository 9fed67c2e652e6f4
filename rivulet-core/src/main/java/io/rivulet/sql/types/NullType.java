package io.rivulet.sql.types;

/** The type of the untyped {@code NULL} literal: every value is null. Use the singleton {@link DataTypes#NullType}. */
public final class NullType extends DataType {
    public static final NullType INSTANCE = new NullType();

    private NullType() {}

    @Override
    public String typeName() {
        return "void";
    }

    @Override
    public int defaultSize() {
        return 1;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

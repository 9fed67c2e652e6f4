package io.rivulet.sql.types;

/** A signed 64-bit integer; external class {@code Long}. Use the singleton {@link DataTypes#LongType}. */
public final class LongType extends IntegralType {
    public static final LongType INSTANCE = new LongType();

    private LongType() {}

    @Override
    public String typeName() {
        return "long";
    }

    @Override
    public String simpleString() {
        return "bigint";
    }

    @Override
    public int defaultSize() {
        return 8;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

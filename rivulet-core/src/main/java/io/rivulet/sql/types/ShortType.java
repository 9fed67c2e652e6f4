package io.rivulet.sql.types;

/** A signed 16-bit integer; external class {@code Short}. Use the singleton {@link DataTypes#ShortType}. */
public final class ShortType extends IntegralType {
    public static final ShortType INSTANCE = new ShortType();

    private ShortType() {}

    @Override
    public String typeName() {
        return "short";
    }

    @Override
    public String simpleString() {
        return "smallint";
    }

    @Override
    public int defaultSize() {
        return 2;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

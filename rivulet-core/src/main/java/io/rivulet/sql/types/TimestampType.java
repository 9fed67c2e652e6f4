package io.rivulet.sql.types;

/** An instant with microsecond precision, shown in the session time zone; external class {@code java.time.Instant}. Use the singleton {@link DataTypes#TimestampType}. */
public final class TimestampType extends DataType {
    public static final TimestampType INSTANCE = new TimestampType();

    private TimestampType() {}

    @Override
    public String typeName() {
        return "timestamp";
    }

    @Override
    public int defaultSize() {
        return 8;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

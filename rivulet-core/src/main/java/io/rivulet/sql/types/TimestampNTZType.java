package io.rivulet.sql.types;

/** A local date-time without a time zone, microsecond precision; external class {@code java.time.LocalDateTime}. Use the singleton {@link DataTypes#TimestampNTZType}. */
public final class TimestampNTZType extends DataType {
    public static final TimestampNTZType INSTANCE = new TimestampNTZType();

    private TimestampNTZType() {}

    @Override
    public String typeName() {
        return "timestamp_ntz";
    }

    @Override
    public int defaultSize() {
        return 8;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

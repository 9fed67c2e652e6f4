package io.rivulet.sql.types;

/** A calendar date without a time zone (proleptic Gregorian); external class {@code java.time.LocalDate}. Use the singleton {@link DataTypes#DateType}. */
public final class DateType extends DataType {
    public static final DateType INSTANCE = new DateType();

    private DateType() {}

    @Override
    public String typeName() {
        return "date";
    }

    @Override
    public int defaultSize() {
        return 4;
    }

    private Object readResolve() {
        return INSTANCE;
    }
}

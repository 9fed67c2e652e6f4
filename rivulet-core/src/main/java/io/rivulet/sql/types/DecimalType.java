package io.rivulet.sql.types;

/**
 * A fixed-point number of {@code precision} digits, {@code scale} of them after the point, as Spark's
 * {@code DecimalType}; external class {@code java.math.BigDecimal}. {@code 1 <= precision <= 38} and {@code 0 <=
 * scale <= precision}.
 */
public final class DecimalType extends FractionalType {
    public static final int MAX_PRECISION = 38;
    public static final int MAX_SCALE = 38;
    /** The most digits an unscaled value stored in a {@code long} always has room for (Spark's figure). */
    public static final int MAX_LONG_DIGITS = 18;
    /** {@code decimal(38,18)}: the type of Java {@code BigDecimal} fields of beans and records, as in Spark. */
    public static final DecimalType SYSTEM_DEFAULT = new DecimalType(MAX_PRECISION, 18);
    /** {@code decimal(10,0)}: the type of SQL's bare {@code DECIMAL}. */
    public static final DecimalType USER_DEFAULT = new DecimalType(10, 0);

    private final int precision;
    private final int scale;

    public DecimalType(int precision, int scale) {
        if (precision < 1 || precision > MAX_PRECISION) {
            throw new IllegalArgumentException(
                    "Decimal precision " + precision + " is out of range: it must be between 1 and " + MAX_PRECISION);
        }
        if (scale < 0 || scale > precision) {
            throw new IllegalArgumentException("Decimal scale " + scale + " is out of range for precision " + precision
                    + ": it must be between 0 and the precision");
        }
        this.precision = precision;
        this.scale = scale;
    }

    /** {@link #USER_DEFAULT}'s precision and scale: {@code decimal(10,0)}. */
    public DecimalType() {
        this(10, 0);
    }

    public int precision() {
        return precision;
    }

    public int scale() {
        return scale;
    }

    @Override
    public String typeName() {
        return "decimal(" + precision + "," + scale + ")";
    }

    /** 8 bytes up to {@value #MAX_LONG_DIGITS} digits, else 16 (Spark's figures). */
    @Override
    public int defaultSize() {
        return precision <= MAX_LONG_DIGITS ? 8 : 16;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DecimalType that && precision == that.precision && scale == that.scale;
    }

    @Override
    public int hashCode() {
        return 31 * precision + scale;
    }

    @Override
    public String toString() {
        return "DecimalType(" + precision + "," + scale + ")";
    }
}

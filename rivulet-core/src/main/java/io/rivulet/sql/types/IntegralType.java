package io.rivulet.sql.types;

/** {@link ByteType}, {@link ShortType}, {@link IntegerType} and {@link LongType}. */
public abstract class IntegralType extends NumericType {
    IntegralType() {}
}

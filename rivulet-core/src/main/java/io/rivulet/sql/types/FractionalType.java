package io.rivulet.sql.types;

/** {@link FloatType}, {@link DoubleType} and {@link DecimalType}, as in Spark. */
public abstract class FractionalType extends NumericType {
    FractionalType() {}
}

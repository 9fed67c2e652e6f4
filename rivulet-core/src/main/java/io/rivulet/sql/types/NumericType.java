package io.rivulet.sql.types;

/** The numeric types: {@link IntegralType}s, {@link FractionalType}s. As Spark's {@code NumericType}. */
public abstract class NumericType extends DataType {
    NumericType() {}
}

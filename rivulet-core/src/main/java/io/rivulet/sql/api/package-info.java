/**
 * The interfaces of user-defined functions, as Spark's {@code org.apache.spark.sql.api.java}: {@code UDF0} to
 * {@code UDF5}, serializable lambdas of zero to five arguments.
 */
package io.rivulet.sql.api;

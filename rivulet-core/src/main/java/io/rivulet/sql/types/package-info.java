/**
 * Public API: Spark's data types with the names of Spark's Java API. Atomic types are singletons (use
 * {@link io.rivulet.sql.types.DataTypes#LongType} and its siblings); {@link io.rivulet.sql.types.DecimalType},
 * {@link io.rivulet.sql.types.ArrayType}, {@link io.rivulet.sql.types.MapType} and
 * {@link io.rivulet.sql.types.StructType} are immutable values compared by content. Their strings follow Spark:
 * {@code typeName()} is what {@code printSchema} prints ({@code long}, {@code decimal(10,2)}), {@code simpleString()}
 * what {@code DataFrame.toString} prints ({@code bigint}, {@code struct<a:int>}), {@code sql()} the SQL spelling
 * ({@code BIGINT}).
 *
 * <p>The set of types is closed: the constructors of the abstract classes are package-private, so every
 * {@link io.rivulet.sql.types.DataType} is one of the classes of this package.
 */
package io.rivulet.sql.types;

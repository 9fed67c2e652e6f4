/**
 * Internal: the columnar data of the DataFrame layer. Column vectors ({@link io.rivulet.sql.vector.ColumnVector}
 * and one class per storage), their builders, batches of columns ({@link io.rivulet.sql.vector.ColumnBatch}),
 * conversions from and to rows ({@link io.rivulet.sql.vector.RowBatches}, {@link
 * io.rivulet.sql.vector.Internal}), the binary formats of shuffles and spills ({@link
 * io.rivulet.sql.vector.BatchCodec}) and of cached DataFrames ({@link io.rivulet.sql.vector.CacheCodec}), and the
 * value strings of {@code show()} and casts ({@link io.rivulet.sql.vector.ValueFormatter}). Nothing here depends
 * on the RDD engine. May change between versions.
 *
 * <h2>The storage contract</h2>
 *
 * <p>Each data type has exactly one storage ({@link io.rivulet.sql.vector.Storage#of}):
 *
 * <table>
 *   <caption>Types and their vectors</caption>
 *   <tr><th>Type</th><th>Vector</th><th>Value of a row</th></tr>
 *   <tr><td>boolean</td><td>{@code BooleanVector}</td><td>{@code boolean[]}</td></tr>
 *   <tr><td>byte, short</td><td>{@code ByteVector}, {@code ShortVector}</td><td>{@code byte[]}, {@code short[]}</td></tr>
 *   <tr><td>integer, date</td><td>{@code IntVector}</td><td>{@code int[]}; a date is days since 1970-01-01</td></tr>
 *   <tr><td>long, timestamp, timestamp_ntz, decimal(p &lt;= 18)</td><td>{@code LongVector}</td><td>{@code long[]}:
 *       timestamps are microseconds since the epoch (UTC for timestamp, wall clock for timestamp_ntz), a decimal
 *       its unscaled value</td></tr>
 *   <tr><td>float, double</td><td>{@code FloatVector}, {@code DoubleVector}</td><td>{@code float[]}, {@code double[]}</td></tr>
 *   <tr><td>decimal(p &gt; 18)</td><td>{@code DecimalVector}</td><td>{@code BigDecimal[]} with the type's scale</td></tr>
 *   <tr><td>string, binary</td><td>{@code BytesVector}</td><td>one {@code byte[]} (UTF-8 for strings) and
 *       {@code int[]} offsets of size + 1</td></tr>
 *   <tr><td>array</td><td>{@code ArrayVector}</td><td>{@code int[]} offsets of size + 1 into one child vector</td></tr>
 *   <tr><td>map</td><td>{@code MapVector}</td><td>offsets into a keys child and a values child</td></tr>
 *   <tr><td>struct</td><td>{@code StructVector}</td><td>one child vector per field, of the struct's size</td></tr>
 *   <tr><td>void</td><td>{@code NullVector}</td><td>nothing: every row is null</td></tr>
 * </table>
 *
 * <p>Invariants (every constructor and builder keeps them; kernels that build vectors from arrays must too):
 *
 * <ul>
 *   <li>Index 0 of every backing array is row 0; arrays may be longer than the vector's size.
 *   <li>Vectors are immutable: a constructor takes ownership of the arrays it is given, and nobody writes to an
 *       array once a vector holds it.
 *   <li>{@code nulls()} is null when no row is null (constructors drop a mask without a true entry), else
 *       {@code nulls()[i]} is true exactly for the null rows.
 *   <li>Null rows of primitive vectors hold 0 ({@code false}, {@code 0.0}), of decimal vectors a zero, and null rows
 *       of bytes, array and map vectors are empty ({@code offsets[i + 1] == offsets[i]}); so kernels may compute on
 *       every row without a branch and mask the result. The children of a null struct row hold nulls.
 *   <li>Offsets start at 0 and never decrease; the last one is at most the length of the bytes or child.
 * </ul>
 */
package io.rivulet.sql.vector;

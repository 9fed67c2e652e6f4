/**
 * The data source interface (an SPI, public for format modules): {@code TableProvider}s found by
 * {@code ServiceLoader} give {@code Table}s, which plan {@code Scan}s of the columns a query reads with the
 * {@code Filter}s they can apply, read as column batches; writes go through a {@code WriteJob}'s commit protocol.
 * JSON, CSV and text implement it in rivulet-core, Parquet and Avro in their own modules.
 */
package io.rivulet.sql.sources;

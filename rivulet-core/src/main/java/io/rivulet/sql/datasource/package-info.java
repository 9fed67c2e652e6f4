/**
 * Internal: the built-in file sources on the data source interface ({@code io.rivulet.sql.sources}): JSON Lines
 * ({@code json}), CSV ({@code csv}) and text ({@code text}), each a {@code TableProvider} registered in
 * {@code META-INF/services}, found by {@link io.rivulet.sql.datasource.DataSources}. The code they share (listing
 * and splitting files, partition discovery and pruning, compression, the commit protocol of writes) is in
 * {@code file}. {@code docs/type-mappings.md} says what each type becomes in each format.
 */
package io.rivulet.sql.datasource;

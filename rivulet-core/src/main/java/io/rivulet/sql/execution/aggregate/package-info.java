/**
 * Internal: hash aggregation over column batches ({@link io.rivulet.sql.execution.aggregate.HashAggregateExec},
 * planned by {@link io.rivulet.sql.execution.aggregate.AggregatePlanner}), and the primitives it shares with the
 * joins ({@code io.rivulet.sql.execution.join}): the open-addressing tables from key columns to dense group ids
 * ({@link io.rivulet.sql.execution.aggregate.GroupTable}), key normalization and hashing ({@link
 * io.rivulet.sql.execution.aggregate.KeyValues}, {@link io.rivulet.sql.execution.aggregate.RowKeyEncoder}), the
 * radix sort of sort keys ({@link io.rivulet.sql.execution.aggregate.LongSort}), spilled runs of batches ({@link
 * io.rivulet.sql.execution.aggregate.BatchRun}) and operator memory ({@link
 * io.rivulet.sql.execution.aggregate.MemoryGrant}, {@link io.rivulet.sql.execution.aggregate.SpillingMemory}).
 */
package io.rivulet.sql.execution.aggregate;

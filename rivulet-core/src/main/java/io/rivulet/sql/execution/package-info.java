/**
 * Internal: physical operators over column batches, the planner that chooses them, and the exchanges (shuffles of
 * batches) between them. Operators build lineage of the engine: the core scheduler runs them.
 *
 * <h2>The map of the package</h2>
 *
 * <ul>
 *   <li>Planning: {@code Planner} asks its {@code Strategy}s in turn ({@code CacheStrategy}, {@code SourceStrategy},
 *       {@code LimitStrategy}, {@code AggregationStrategy} and {@code JoinStrategy} through the
 *       {@code AggregatePlanning} and {@code JoinPlanning} hooks, {@code WindowStrategy}, {@code BasicOperators}),
 *       then {@code EnsureRequirements} inserts the exchanges and sorts that operators' required
 *       {@code Distribution}s and orderings call for and removes the redundant ones.
 *   <li>Leaves: {@code LocalTableScanExec}, {@code RangeExec}, {@code RddScanExec}, {@code DataSourceScanExec},
 *       {@code InMemoryTableScanExec}.
 *   <li>Narrow operators (one task per input partition, pipelined): {@code ProjectExec}, {@code FilterExec},
 *       {@code UnionExec}, {@code GenerateExec}, {@code SampleExec}, {@code CoalesceExec}, {@code LocalLimitExec},
 *       and, over their required distributions, {@code GlobalLimitExec}, {@code SortExec},
 *       {@code DeduplicateExec}, {@code WindowExec}; {@code TakeOrderedAndProjectExec} gathers its own survivors.
 *   <li>Exchanges: {@code ShuffleExchangeExec} over the engine's shuffle of {@code PartitionedBatch} records,
 *       written by {@code BatchSerializer}; partitions by {@code RowHashing}, {@code RangeBounds}, round robin or
 *       into one.
 *   <li>Sorting: {@code ColumnOrdering} (radix on one primitive key, specialized merge sort otherwise; the slow
 *       twin {@code sortSlowly}), {@code IndexSort}, {@code ExternalBatchSorter} (spills through the task's
 *       memory).
 *   <li>Cache: {@code CacheManager} (the session's cached plans, {@code useCachedData}), {@code InMemoryCache}
 *       (a persisted RDD of {@code CachedBatch}es).
 *   <li>Metrics: {@code SqlMetrics} per execution, {@code OperatorMetrics} per operator, counted once per
 *       partition whatever the retries.
 * </ul>
 *
 * <p>Invariants: operators are immutable records and hold no execution state (per-task state lives in the task's
 * iterator closures); every exchange of a query hashes with {@code RowHashing}, so that sides partitioned on keys
 * of the same types meet; expressions are bound ({@code Binder}) on the driver and evaluated with an
 * {@code EvalContext} made per task and advanced after each batch; batches leave operators non-empty and, where an
 * operator can shrink them (filter, sample, exchange, generate), merged to at least half of
 * {@code ColumnBatch.DEFAULT_ROWS} rows.
 */
package io.rivulet.sql.execution;

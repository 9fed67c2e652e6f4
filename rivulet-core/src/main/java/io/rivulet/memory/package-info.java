/**
 * Internal: memory. {@code MemoryManager} divides {@code rivulet.executor.memory} between execution and storage;
 * {@code TaskMemory} is one task's share with what its buffers need to spill; {@code Spillable} buffers
 * (aggregation maps, sorters, grouped values, join tables) spill to files of {@code TempFiles} when their grant
 * runs out; {@code SizeEstimator}/{@code SizeTracker} estimate what records weigh; {@code Aggregator} and
 * {@code PrimitiveReduce} say how values combine.
 */
package io.rivulet.memory;

/**
 * Internal: physical operators over column batches, the planner that chooses them, and the exchanges (shuffles of
 * batches) between them. Operators build lineage of the engine: the core scheduler runs them.
 */
package io.rivulet.sql.execution;

/**
 * Internal, the lowest layer of the engine: what every task touches. {@code TaskContext} (ids, metrics,
 * the kill signal, completion callbacks, a fetch failure it met), {@code TaskAttempt} (runs a task's body in
 * its context), and the function types a job hands to its tasks. Imports nothing of the engine above it.
 */
package io.rivulet.task;

/**
 * Internal: turning an action into running tasks. {@code DAGScheduler} cuts lineage into stages at shuffle
 * dependencies; {@code JobRunner} drives one job (retrying failed tasks, and re-running the stages whose
 * shuffle output was lost, one {@code StageRun} per stage attempt); {@code TaskScheduler} owns the worker
 * slots; {@code TaskContext} is per-task state; {@code JobGroup} names the jobs a thread starts, for
 * cancelling them together; {@code ListenerBus} delivers events.
 */
package io.rivulet.scheduler;

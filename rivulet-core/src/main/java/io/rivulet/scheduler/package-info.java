/**
 * Internal: turning an action into running tasks. {@code DAGScheduler} cuts lineage into stages at shuffle
 * dependencies; {@code JobRunner} drives one job (retrying failed tasks, and re-running the stages whose
 * shuffle output was lost, one {@code StageRun} per stage attempt); each task is a {@code ShuffleMapTask}
 * (write, then commit or abort its map output) or a {@code ResultTask}; {@code TaskScheduler} owns the worker
 * slots; {@code JobGroup} names the jobs a thread starts, for cancelling them together; {@code ListenerBus}
 * delivers events. Its collaborators come in through constructors; per-task state is {@code task.TaskContext}.
 */
package io.rivulet.scheduler;

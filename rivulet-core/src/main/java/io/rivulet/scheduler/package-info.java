/**
 * Internal: turning an action into running tasks. {@code DAGScheduler} cuts lineage into stages at shuffle
 * dependencies; {@code JobRunner} drives one job; {@code TaskScheduler} owns the worker slots;
 * {@code TaskContext} is per-task state; {@code ListenerBus} delivers events.
 */
package io.rivulet.scheduler;

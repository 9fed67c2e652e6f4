/**
 * Internal: what happened in one {@code Rivulet}, for people to look at. {@link io.rivulet.status.AppStatus}
 * is the status model (jobs, stage runs with their RDD graphs, tasks, spills, cached RDDs, slots), fed by
 * listener events as they happen or by replaying an event log; {@link io.rivulet.status.EventLogWriter} writes
 * those events as JSON lines ({@code rivulet.eventLog.dir}) and {@link io.rivulet.status.EventLogReader} reads
 * them back; {@link io.rivulet.status.StatusJson} turns a snapshot of the model into the JSON that the web UI
 * and {@code rivulet report} render.
 */
package io.rivulet.status;

package io.rivulet;

/**
 * A spill: a task's buffer outgrew its share of execution memory and was written to local disk.
 *
 * @param stageId the stage of the task that spilled
 * @param partition the partition the task computes
 * @param taskId the task
 * @param what the buffer that spilled, like {@code shuffle map output} or {@code sort buffer}
 * @param records how many records were written
 * @param bytes how many bytes were written (compressed)
 * @param cause why, with the sizes involved
 */
public record SpillInfo(int stageId, int partition, long taskId, String what, long records, long bytes, String cause) {}

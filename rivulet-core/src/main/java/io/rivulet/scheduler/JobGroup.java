package io.rivulet.scheduler;

import static io.rivulet.util.Checks.checkNotNull;

/**
 * The job group that a thread's jobs belong to, set with {@code Rivulet.setJobGroup}: a handle for
 * cancelling them together ({@code Rivulet.cancelJobGroup}).
 *
 * @param id what {@code cancelJobGroup} names
 * @param description what the jobs are for, in words, or null
 */
public record JobGroup(String id, String description) {
    public JobGroup {
        checkNotNull(id, "groupId");
    }

    @Override
    public String toString() {
        return "job group '" + id + "'" + (description == null ? "" : " (" + description + ")");
    }
}

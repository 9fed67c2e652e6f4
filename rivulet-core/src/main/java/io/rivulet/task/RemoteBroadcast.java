package io.rivulet.task;

import java.io.Serializable;

/**
 * How a cluster runner ships the value of a {@code Broadcast}: a serialized broadcast carries this handle
 * instead of its value, and a copy asks the handle for the value once (the cluster fetches it to each JVM
 * once, not with every task).
 *
 * @param <T> the value's type
 */
public interface RemoteBroadcast<T> extends Serializable {
    /** The value, in whichever JVM the handle is. */
    T value();

    /** Releases the value everywhere. */
    void destroy();
}

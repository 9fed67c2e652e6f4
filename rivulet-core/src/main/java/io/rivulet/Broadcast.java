package io.rivulet;

import java.io.Serializable;

/**
 * A read-only value shared with every task, made by {@link Rivulet#broadcast(Object)}. In one JVM all
 * tasks share the one instance; a cluster runner ships it to each executor once.
 */
public final class Broadcast<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private volatile T value;
    private volatile boolean destroyed;

    Broadcast(long id, T value) {
        this.id = id;
        this.value = value;
    }

    public T value() {
        if (destroyed) {
            throw new IllegalStateException("broadcast " + id + " was destroyed");
        }
        return value;
    }

    public long id() {
        return id;
    }

    /** Releases the value; using it afterwards is an error. */
    public void destroy() {
        destroyed = true;
        value = null;
    }

    @Override
    public String toString() {
        return "Broadcast(" + id + ")";
    }
}

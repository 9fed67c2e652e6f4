package io.rivulet;

import io.rivulet.task.RemoteBroadcast;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * A read-only value shared with every task, made by {@link Rivulet#broadcast(Object)}. In one JVM all
 * tasks share the one instance; a cluster runner ships it to each executor once: a serialized broadcast made
 * by such a runner carries the runner's handle ({@link RemoteBroadcast}) instead of its value.
 */
public final class Broadcast<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private transient volatile T value;
    /** The cluster's broadcast of the value, or null in the embedded engine (then the value is serialized). */
    private final RemoteBroadcast<T> remote;
    /** False in a copy that has not asked {@link #remote} for the value yet. */
    private transient volatile boolean loaded;

    private volatile boolean destroyed;

    Broadcast(long id, T value) {
        this(id, value, null);
    }

    Broadcast(long id, T value, RemoteBroadcast<T> remote) {
        this.id = id;
        this.value = value;
        this.remote = remote;
        this.loaded = true;
    }

    public T value() {
        if (destroyed) {
            throw new IllegalStateException("broadcast " + id + " was destroyed");
        }
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    value = remote.value();
                    loaded = true;
                }
            }
        }
        return value;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        if (remote == null) {
            out.writeObject(value);
        }
    }

    @SuppressWarnings("unchecked")
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (remote == null) {
            value = (T) in.readObject();
            loaded = true;
        }
    }

    public long id() {
        return id;
    }

    /** Releases the value; using it afterwards is an error. */
    public void destroy() {
        destroyed = true;
        value = null;
        if (remote != null) {
            remote.destroy();
        }
    }

    @Override
    public String toString() {
        return "Broadcast(" + id + ")";
    }
}

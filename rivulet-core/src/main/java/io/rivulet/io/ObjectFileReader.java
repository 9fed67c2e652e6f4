package io.rivulet.io;

import static java.util.Objects.requireNonNull;

import io.rivulet.serializer.Serializer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The records of one part file written by {@code saveAsObjectFile}, read lazily: the file is opened on the
 * first {@link #hasNext()} and closed at its end or by {@link #close()}, whichever comes first.
 */
public final class ObjectFileReader<T> implements Iterator<T>, AutoCloseable {
    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputFile file;
    private final Serializer serializer;
    private InputStream in;
    private Iterator<T> records;
    private boolean done;

    public ObjectFileReader(InputFile file, Serializer serializer) {
        this.file = requireNonNull(file, "file is null");
        this.serializer = requireNonNull(serializer, "serializer is null");
    }

    @Override
    public boolean hasNext() {
        if (done) {
            return false;
        }
        try {
            if (records == null) {
                in = new BufferedInputStream(Files.newInputStream(file.path()), BUFFER_SIZE);
                records = serializer.readAll(in);
            }
            if (records.hasNext()) {
                return true;
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot read object file " + file.path() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        close();
        return false;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return records.next();
    }

    /** Closes the file if it is open; idempotent. */
    @Override
    public void close() {
        InputStream open = in;
        in = null;
        done = true;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file.path(), e);
            }
        }
    }
}

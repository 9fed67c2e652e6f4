package io.rivulet.serializer;

import io.rivulet.util.Sneaky;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.io.StreamCorruptedException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Java serialization, as Spark uses by default for object files: records must be {@link java.io.Serializable}.
 * Each record is preceded by a marker byte so that null records and the end of the stream are unambiguous;
 * the stream is reset every {@value #RESET_INTERVAL} records so that its back-reference table stays small.
 */
public final class JavaSerializer implements Serializer {
    private static final int RESET_INTERVAL = 1000;
    private static final byte RECORD = 1;
    private static final byte END = 0;

    private final ClassLoader classLoader;

    public JavaSerializer(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public long writeAll(Iterator<?> records, OutputStream out) throws IOException {
        ObjectOutputStream objects = new ObjectOutputStream(out);
        long count = 0;
        while (records.hasNext()) {
            objects.writeByte(RECORD);
            objects.writeObject(records.next());
            if (++count % RESET_INTERVAL == 0) {
                objects.reset();
            }
        }
        objects.writeByte(END);
        objects.flush();
        return count;
    }

    @Override
    public <T> Iterator<T> readAll(InputStream in) throws IOException {
        ObjectInputStream objects = new ObjectInputStream(in) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
                try {
                    return Class.forName(description.getName(), false, classLoader);
                } catch (ClassNotFoundException e) {
                    return super.resolveClass(description);
                }
            }
        };
        return new Iterator<>() {
            private Boolean hasNext;

            @Override
            public boolean hasNext() {
                if (hasNext == null) {
                    try {
                        hasNext = objects.readByte() == RECORD;
                    } catch (EOFException e) {
                        // Truncated input is bad data, not a broken invariant: report it as an I/O error.
                        StreamCorruptedException corrupt =
                                new StreamCorruptedException("serialized stream ends without its end marker");
                        corrupt.initCause(e);
                        throw Sneaky.rethrow(corrupt);
                    } catch (IOException e) {
                        throw Sneaky.rethrow(e);
                    }
                }
                return hasNext;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                hasNext = null;
                try {
                    return (T) objects.readObject();
                } catch (IOException | ClassNotFoundException e) {
                    throw Sneaky.rethrow(e);
                }
            }
        };
    }
}

package io.rivulet.serializer;

import io.rivulet.util.Sneaky;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.fory.Fory;
import org.apache.fory.config.Language;
import org.apache.fory.io.ForyInputStream;

/**
 * Apache Fory serialization for spills, shuffle files and serialized blocks: fast, compact, and able to
 * handle the JDK's immutable and view collections, records and classes without no-argument constructors
 * (where Kryo needs hand-written serializers). Records need not be {@link java.io.Serializable}.
 *
 * <p>Records are written in batches of up to {@value #BATCH} as one {@code Object[]} each, so class
 * descriptions are written once per batch, not once per record; an empty batch ends the stream.
 * Reference tracking is off (as it costs half the speed): an object reachable twice from one record is
 * read back as two equal copies, and a record whose graph has a cycle cannot be written.
 *
 * <p>Fory instances are not thread-safe and are costly to make, so each thread keeps its own. Fory starts a
 * JVM-wide thread on its first use, which {@link #close()} stops when no other open serializer uses Fory: see
 * {@link ForyCleaner}.
 */
public final class ForySerializer implements Serializer {
    private static final int BATCH = 256;
    private static final Object[] END = new Object[0];

    private final ClassLoader classLoader;
    private final ThreadLocal<Fory> fory = ThreadLocal.withInitial(this::newFory);
    /** Whether this serializer counts as a user of Fory's JVM-wide thread ({@link ForyCleaner}). */
    private boolean usesFory;

    private boolean closed;

    public ForySerializer(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * A thread's Fory. The first one counts this serializer as a user of the thread Fory starts on its first
     * use in the JVM, until {@link #close()}; see {@link ForyCleaner}.
     */
    private Fory newFory() {
        synchronized (this) {
            if (!usesFory && !closed) {
                usesFory = true;
                return ForyCleaner.acquire(this::build);
            }
        }
        return build();
    }

    private Fory build() {
        return Fory.builder()
                .withLanguage(Language.JAVA)
                .requireClassRegistration(false)
                .withRefTracking(false)
                .withClassLoader(classLoader)
                .build();
    }

    /**
     * Stops counting on Fory's JVM-wide thread: the last open serializer to close stops it. A use after this
     * still works (the thread is not needed, see {@link ForyCleaner}).
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (!usesFory) {
                return;
            }
        }
        ForyCleaner.release();
    }

    @Override
    public long writeAll(Iterator<?> records, OutputStream out) throws IOException {
        RecordWriter writer = newWriter(out);
        while (records.hasNext()) {
            writer.write(records.next());
        }
        return writer.finish();
    }

    /**
     * Loads Fory and generates its serializer for {@link io.rivulet.Pair}, the shuffle record, by a round
     * trip of a few pairs: about half a second in a fresh JVM, shared afterwards by every thread's Fory.
     */
    @Override
    public void warmUp() {
        ChunkedBytes bytes = new ChunkedBytes();
        try {
            writeAll(
                    java.util.List.of(io.rivulet.Pair.of("word", 1L), io.rivulet.Pair.of(1, 1.0))
                            .iterator(),
                    bytes);
            readAll(bytes.inputStream()).forEachRemaining(record -> {});
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes a batch each {@value #BATCH} records; use it on one thread (it holds that thread's Fory). */
    @Override
    public RecordWriter newWriter(OutputStream out) {
        Fory instance = fory.get();
        return new RecordWriter() {
            private final Object[] batch = new Object[BATCH];
            private int size;
            private long count;

            @Override
            public void write(Object record) {
                batch[size++] = record;
                if (size == BATCH) {
                    instance.serialize(out, batch);
                    Arrays.fill(batch, null);
                    count += size;
                    size = 0;
                }
            }

            @Override
            public int pending() {
                return size;
            }

            @Override
            public long finish() throws IOException {
                if (size > 0) {
                    instance.serialize(out, Arrays.copyOf(batch, size));
                    Arrays.fill(batch, null);
                    count += size;
                    size = 0;
                }
                instance.serialize(out, END);
                out.flush();
                return count;
            }
        };
    }

    @Override
    public <T> Iterator<T> readAll(InputStream in) {
        ForyInputStream input = new ForyInputStream(in);
        Fory instance = fory.get();
        return new Iterator<>() {
            private Object[] batch = END;
            private int position;
            private boolean ended;

            @Override
            public boolean hasNext() {
                while (position == batch.length && !ended) {
                    try {
                        batch = (Object[]) instance.deserialize(input);
                    } catch (RuntimeException e) {
                        throw Sneaky.rethrow(new java.io.StreamCorruptedException(
                                "cannot read serialized records: " + e.getMessage()));
                    }
                    position = 0;
                    ended = batch.length == 0;
                }
                return position < batch.length;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T record = (T) batch[position];
                batch[position++] = null;
                return record;
            }
        };
    }
}

package io.rivulet.memory;

import io.rivulet.util.Iterators;
import java.lang.ref.Cleaner;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The values of one key for {@code groupByKey} and {@code cogroup}: a list that moves its values to a local
 * file, a chunk at a time, when it cannot get more execution memory, so that a single key with more
 * values than fit in memory (a hot key) streams back from disk. It may be iterated any number of times.
 *
 * <p>Its files are deleted when the list becomes unreachable (it may outlive its task, cached or
 * collected), and in any case when the {@code Rivulet} closes.
 */
public final class SpillableList<V> extends AbstractCollection<V> implements SizeAware {
    private static final Cleaner CLEANER = Cleaner.create(r -> {
        Thread thread = new Thread(r, "rivulet-spill-cleaner");
        thread.setDaemon(true);
        return thread;
    });

    private final Chunks<V> chunks;
    private final Buffer buffer;
    private List<V> tail = new ArrayList<>();
    private long size;

    public SpillableList(TaskMemory memory) {
        this.chunks = new Chunks<>();
        this.buffer = new Buffer(memory);
    }

    @Override
    public boolean add(V value) {
        tail.add(value);
        size++;
        buffer.added(value);
        return true;
    }

    @Override
    public Iterator<V> iterator() {
        List<Iterator<V>> parts = new ArrayList<>();
        for (SpillFile file : chunks.files) {
            parts.add(file.read(0, null));
        }
        parts.add(tail.iterator());
        return Iterators.concat(parts.iterator());
    }

    @Override
    public int size() {
        return (int) Math.min(size, Integer.MAX_VALUE);
    }

    /**
     * The values still in memory (spilled ones are on disk), without walking into the task's memory
     * bookkeeping that this list refers to.
     */
    @Override
    public long estimatedSize() {
        return 64 + buffer.inMemoryBytes();
    }

    /** Values written to disk so far (for tests and metrics). */
    public long spilledValues() {
        long spilled = 0;
        for (SpillFile file : chunks.files) {
            spilled += file.totalRecords();
        }
        return spilled;
    }

    /** Gives back the memory its in-memory values hold; call once the list is complete. */
    public void finish() {
        buffer.done();
    }

    @Override
    public String toString() {
        return size < 100 ? super.toString() : "SpillableList(" + size + " values)";
    }

    /** The spillable side: accounts for the tail's memory and moves it to a file when refused more. */
    private final class Buffer extends Spillable {
        Buffer(TaskMemory memory) {
            super(memory, "grouped values of one key", 8);
        }

        void added(V value) {
            size.record(value, true);
            maybeSpill();
        }

        @Override
        protected long[] spill() {
            List<V> chunk = tail;
            SpillFile file = SpillFile.write(
                    memory.tempFiles().newFile("spill-group"), memory.serializer(), 1, segment -> chunk.iterator());
            if (chunks.files.isEmpty()) {
                // Registered only once there is a file: most lists never spill, and registering costs.
                CLEANER.register(SpillableList.this, chunks);
            }
            chunks.files.add(file);
            tail = new ArrayList<>();
            return new long[] {file.totalRecords(), file.totalBytes()};
        }

        void done() {
            releaseMemory();
        }

        long inMemoryBytes() {
            return size.estimatedBytes();
        }
    }

    /** Owns the files, apart from the list, so the cleaner can delete them once the list is gone. */
    private static final class Chunks<V> implements Runnable {
        final List<SpillFile> files = new ArrayList<>();

        @Override
        public void run() {
            files.forEach(SpillFile::delete);
        }
    }
}

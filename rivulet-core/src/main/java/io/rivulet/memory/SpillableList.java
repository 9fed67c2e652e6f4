package io.rivulet.memory;

import io.rivulet.util.Iterators;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of one key for {@code groupByKey} and {@code cogroup}: a list that moves its values to a local
 * file, a chunk at a time, when it cannot get more execution memory, so that a single key with more
 * values than fit in memory (a hot key) streams back from disk. It may be iterated any number of times.
 *
 * <p>Its files are deleted once the list has become unreachable (it may outlive its task, cached or
 * collected), when the next list is made, and in any case when the {@code Rivulet} closes.
 */
public final class SpillableList<V> extends AbstractCollection<V> implements SizeAware {
    /**
     * Lists that went unreachable after they spilled: their files are deleted by the next list made, here or
     * in any other {@code Rivulet} of the JVM, with no thread of its own. (A {@code java.lang.ref.Cleaner} has
     * a thread that nothing can stop: one JVM-wide thread that outlived every {@code Rivulet}, issue 11.)
     */
    private static final ReferenceQueue<SpillableList<?>> UNREACHABLE = new ReferenceQueue<>();
    /** Keeps the references to spilled lists reachable until they are processed. */
    private static final Set<FilesOf> SPILLED = ConcurrentHashMap.newKeySet();

    private final Chunks<V> chunks;
    private final Buffer buffer;
    private List<V> tail = new ArrayList<>();
    private long size;

    public SpillableList(TaskMemory memory) {
        deleteFilesOfUnreachableLists();
        this.chunks = new Chunks<>();
        this.buffer = new Buffer(memory);
    }

    /** Deletes the files of the spilled lists found unreachable since the last call; cheap when there are none. */
    private static void deleteFilesOfUnreachableLists() {
        for (Reference<?> gone = UNREACHABLE.poll(); gone != null; gone = UNREACHABLE.poll()) {
            FilesOf files = (FilesOf) gone;
            SPILLED.remove(files);
            files.chunks.run();
        }
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
                SPILLED.add(new FilesOf(SpillableList.this, chunks));
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

    /** Enqueued once its list is unreachable, with the files to delete. */
    private static final class FilesOf extends PhantomReference<SpillableList<?>> {
        final Chunks<?> chunks;

        FilesOf(SpillableList<?> list, Chunks<?> chunks) {
            super(list, UNREACHABLE);
            this.chunks = chunks;
        }
    }

    /** Owns the files, apart from the list, so that they can be deleted once the list is gone. */
    private static final class Chunks<V> implements Runnable {
        final List<SpillFile> files = new ArrayList<>();

        @Override
        public void run() {
            files.forEach(SpillFile::delete);
        }
    }
}

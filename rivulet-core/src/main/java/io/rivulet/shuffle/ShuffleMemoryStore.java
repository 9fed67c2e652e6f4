package io.rivulet.shuffle;

import io.rivulet.memory.MemoryManager;
import io.rivulet.serializer.Serializer;
import io.rivulet.storage.LocalDirs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The map outputs held in storage memory, oldest first. When execution or caching needs the memory,
 * the oldest move to local files: shuffle data between stages stays in memory while it fits and goes
 * to disk when it does not, under the one memory budget.
 */
final class ShuffleMemoryStore implements MemoryManager.StorageEvictor {
    private final Set<MemoryMapOutput> outputs = new LinkedHashSet<>();
    private final MemoryManager memory;
    private final LocalDirs localDirs;

    ShuffleMemoryStore(MemoryManager memory, LocalDirs localDirs) {
        this.memory = memory;
        this.localDirs = localDirs;
    }

    /**
     * A map output of {@code buckets}, whose storage memory the caller has acquired; {@code serializer} writes
     * its records if it moves to disk.
     */
    synchronized MemoryMapOutput add(InMemoryBuckets buckets, Serializer serializer) {
        MemoryMapOutput output = new MemoryMapOutput(buckets, memory, serializer, this::remove);
        outputs.add(output);
        return output;
    }

    synchronized int size() {
        return outputs.size();
    }

    synchronized void remove(MemoryMapOutput output) {
        outputs.remove(output);
    }

    @Override
    public long evict(long bytes, boolean forExecution) {
        List<MemoryMapOutput> oldestFirst;
        synchronized (this) {
            oldestFirst = new ArrayList<>(outputs);
        }
        long freed = 0;
        for (MemoryMapOutput output : oldestFirst) {
            if (freed >= bytes) {
                break;
            }
            freed += output.moveToDisk(localDirs);
            remove(output);
        }
        return freed;
    }
}

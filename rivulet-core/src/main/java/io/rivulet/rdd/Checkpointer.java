package io.rivulet.rdd;

import io.rivulet.StorageLevel;
import io.rivulet.config.RivuletConfig;
import io.rivulet.storage.LocalDirs;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checkpoints RDDs, as Spark's {@code RDDCheckpointData} does: {@code checkpoint()} and
 * {@code localCheckpoint()} only mark an RDD; after the next job that computes it ({@link #afterJob}), the
 * RDD's partitions are saved and its lineage truncated, so that a long iterative lineage stops growing.
 *
 * <ul>
 *   <li><b>Reliable</b> ({@code checkpoint()}): a second job writes every partition with the engine's
 *       serializer to {@code <checkpoint dir>/checkpoint-<uuid>/rdd-<id>/part-NNNNN} (each file written
 *       under a temporary name and renamed, so a retried task never leaves half a file); the RDD then reads
 *       them through a {@link ReliableCheckpointRDD}. Persist the RDD too, or that job computes it again.
 *   <li><b>Local</b> ({@code localCheckpoint()}): the RDD is persisted with a disk level; a job computes the
 *       partitions not stored yet; the lineage ends at a {@link LocalCheckpointRDD}.
 * </ul>
 *
 * <p>Only the nearest marked RDDs of a job's lineage are checkpointed (not marked ancestors behind them), as
 * in Spark. The walk is iterative. A {@code Rivulet} deletes its checkpoint files when it closes, and the
 * context cleaner deletes an RDD's once the RDD is unreachable.
 *
 * <p>Threading: several jobs may end at once; a mark is claimed by one of them ({@link CheckpointMark}).
 */
public final class Checkpointer implements AutoCloseable {
    private final RddServices services;
    private final AtomicInteger pendingMarks = new AtomicInteger();
    private volatile Path directory;
    /** Every directory made by {@link #setDirectory}, deleted on close. Guarded by this. */
    private final List<Path> directories = new ArrayList<>();
    /** The directory of each checkpointed RDD's files. */
    private final Map<Integer, Path> written = new ConcurrentHashMap<>();

    public Checkpointer(RddServices services) {
        this.services = services;
        services.settings().getOptional(RivuletConfig.CHECKPOINT_DIR).ifPresent(this::setDirectory);
    }

    /** Uses a new directory {@code checkpoint-<uuid>} under {@code dir} (created) for later checkpoints. */
    public synchronized void setDirectory(String dir) {
        Path created = Path.of(dir).resolve("checkpoint-" + UUID.randomUUID());
        try {
            Files.createDirectories(created);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the checkpoint directory " + created, e);
        }
        directory = created;
        directories.add(created);
    }

    /** Marks {@code rdd} for a reliable checkpoint; refuses when no checkpoint directory is set. */
    public void markReliable(BaseRDD<?> rdd) {
        if (directory == null) {
            throw new IllegalStateException("cannot checkpoint " + rdd + ": no checkpoint directory is set; call"
                    + " rv.setCheckpointDir(dir) or set " + RivuletConfig.CHECKPOINT_DIR.key() + " first");
        }
        mark(rdd, CheckpointMark.Kind.RELIABLE);
    }

    /** Persists {@code rdd} with a level that survives eviction and marks it for a local checkpoint. */
    public void markLocal(BaseRDD<?> rdd) {
        StorageLevel level = rdd.storageLevel();
        if (level == StorageLevel.NONE) {
            rdd.setStorageLevel(StorageLevel.MEMORY_AND_DISK);
        } else if (!level.useDisk()) {
            // As Spark: blocks that eviction may drop could not be recomputed once the lineage is gone.
            rdd.setStorageLevel(StorageLevel.NONE);
            rdd.setStorageLevel(level.deserialized() ? StorageLevel.MEMORY_AND_DISK : StorageLevel.MEMORY_AND_DISK_SER);
        }
        mark(rdd, CheckpointMark.Kind.LOCAL);
    }

    private void mark(BaseRDD<?> rdd, CheckpointMark.Kind kind) {
        if (rdd.markForCheckpoint(new CheckpointMark(kind))) {
            pendingMarks.incrementAndGet();
        }
    }

    /** Checkpoints the nearest marked RDDs of the lineage of {@code root}, which a job just computed. */
    public void afterJob(BaseRDD<?> root) {
        if (pendingMarks.get() == 0) {
            return; // the common case costs no lineage walk
        }
        for (BaseRDD<?> marked : nearestMarked(root)) {
            CheckpointMark mark = marked.checkpointMark();
            if (mark != null && mark.claim()) {
                boolean done = false;
                try {
                    if (mark.kind() == CheckpointMark.Kind.RELIABLE) {
                        writeReliable(marked);
                    } else {
                        completeLocal(marked);
                    }
                    done = true;
                    pendingMarks.decrementAndGet();
                } finally {
                    if (!done) {
                        mark.release(); // a later job tries again
                    }
                }
            }
        }
    }

    private static List<BaseRDD<?>> nearestMarked(BaseRDD<?> root) {
        List<BaseRDD<?>> found = new ArrayList<>();
        Set<Integer> visited = new HashSet<>();
        Deque<BaseRDD<?>> toVisit = new ArrayDeque<>();
        toVisit.push(root);
        while (!toVisit.isEmpty()) {
            BaseRDD<?> rdd = toVisit.pop();
            if (!visited.add(rdd.id()) || rdd.isCheckpointed()) {
                continue;
            }
            if (rdd.checkpointMark() != null) {
                found.add(rdd);
                continue;
            }
            for (Dependency dependency : rdd.dependencies()) {
                toVisit.push(dependency.rdd());
            }
        }
        return found;
    }

    private <T> void writeReliable(BaseRDD<T> rdd) {
        Path rddDir = directory.resolve("rdd-" + rdd.id());
        written.put(rdd.id(), rddDir);
        int numPartitions = rdd.numPartitions();
        boolean written = false;
        try {
            Files.createDirectories(rddDir);
            services.runInternalJob(
                    rdd,
                    allPartitions(numPartitions),
                    (context, records) -> {
                        writePartition(rddDir, context.partitionId(), context.taskId(), records);
                        return null;
                    },
                    (index, ignored) -> {},
                    "checkpoint of " + rdd);
            written = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the checkpoint directory " + rddDir, e);
        } finally {
            if (!written) {
                LocalDirs.deleteRecursively(rddDir);
            }
        }
        rdd.truncateLineage(new ReliableCheckpointRDD<>(services, rddDir, numPartitions, rdd.partitioner()));
        services.registerCheckpoint(rdd);
    }

    private void writePartition(Path rddDir, int partition, long taskId, Iterator<?> records) throws IOException {
        Path target = ReliableCheckpointRDD.partFile(rddDir, partition);
        Path temporary = rddDir.resolve("." + target.getFileName() + ".task-" + taskId);
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                services.serializer().writeAll(records, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private <T> void completeLocal(BaseRDD<T> rdd) {
        int numPartitions = rdd.numPartitions();
        Set<Integer> stored = services.blockManager().storedPartitions(rdd.id());
        int[] missing = new int[numPartitions - stored.size()];
        int next = 0;
        for (int p = 0; p < numPartitions && next < missing.length; p++) {
            if (!stored.contains(p)) {
                missing[next++] = p;
            }
        }
        if (missing.length > 0) {
            services.runInternalJob(
                    rdd,
                    missing,
                    (context, records) -> {
                        records.forEachRemaining(record -> {});
                        return null;
                    },
                    (index, ignored) -> {},
                    "localCheckpoint of " + rdd);
        }
        rdd.truncateLineage(new LocalCheckpointRDD<>(services, rdd.id(), numPartitions, rdd.partitioner()));
    }

    private static int[] allPartitions(int numPartitions) {
        int[] all = new int[numPartitions];
        for (int i = 0; i < numPartitions; i++) {
            all[i] = i;
        }
        return all;
    }

    /** Deletes the checkpoint files of an RDD that is gone. */
    public void removeCheckpointFiles(int rddId) {
        Path dir = written.remove(rddId);
        if (dir != null) {
            LocalDirs.deleteRecursively(dir);
        }
    }

    /** Deletes this Rivulet's checkpoint directory (nothing else can read it). */
    @Override
    public synchronized void close() {
        directories.forEach(LocalDirs::deleteRecursively);
        directories.clear();
    }
}

package io.rivulet.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryManagerTest {
    /** A holder of storage memory that frees what it is asked for, up to what it holds. */
    private static final class FakeStore implements MemoryManager.StorageEvictor {
        final MemoryManager manager;
        final String name;
        final List<String> log;
        long held;

        FakeStore(MemoryManager manager, String name, List<String> log) {
            this.manager = manager;
            this.name = name;
            this.log = log;
        }

        boolean store(long bytes) {
            boolean stored = manager.acquireStorage(bytes);
            if (stored) {
                held += bytes;
            }
            return stored;
        }

        @Override
        public long evict(long bytes, boolean forExecution) {
            long freed = Math.min(bytes, held);
            held -= freed;
            manager.releaseStorage(freed);
            log.add(name + (forExecution ? " for execution " : " for storage ") + freed);
            return freed;
        }
    }

    @Test
    void aLoneTaskMayUseAllExecutionMemoryAndTwoTasksShareIt() {
        MemoryManager manager = new MemoryManager(1000, 0.5);
        assertThat(manager.acquireExecution(800, 1)).isEqualTo(800);
        // A second task: its fair share is half, and only 200 bytes are free.
        assertThat(manager.acquireExecution(600, 2)).isEqualTo(200);
        // The first task is over its share of two: it gets nothing more until it gives memory back.
        assertThat(manager.acquireExecution(100, 1)).isZero();
        manager.releaseExecution(400, 1);
        assertThat(manager.acquireExecution(600, 2)).isEqualTo(300);
        assertThat(manager.releaseAllExecution(1)).isEqualTo(400);
        assertThat(manager.releaseAllExecution(2)).isEqualTo(500);
        assertThat(manager.executionUsed()).isZero();
        assertThat(manager.peakExecution()).isEqualTo(1000);
    }

    @Test
    void storageBorrowsFreeMemoryAndExecutionEvictsOnlyWhatIsBeyondTheStorageRegion() {
        MemoryManager manager = new MemoryManager(1000, 0.4);
        List<String> log = new ArrayList<>();
        FakeStore blocks = new FakeStore(manager, "blocks", log);
        manager.addEvictor(blocks);
        assertThat(blocks.store(900)).isTrue();
        // Execution may take back storage memory above the region (400): 500 evictable, 100 free.
        assertThat(manager.acquireExecution(800, 7)).isEqualTo(600);
        assertThat(log).containsExactly("blocks for execution 500");
        assertThat(manager.storageUsed()).isEqualTo(400);
        assertThat(manager.executionUsed()).isEqualTo(600);
    }

    @Test
    void storageEvictsFromEvictorsInOrderAndCannotEvictExecution() {
        MemoryManager manager = new MemoryManager(1000, 0.5);
        List<String> log = new ArrayList<>();
        FakeStore shuffles = new FakeStore(manager, "shuffles", log);
        FakeStore blocks = new FakeStore(manager, "blocks", log);
        manager.addEvictor(shuffles);
        manager.addEvictor(blocks);
        assertThat(shuffles.store(300)).isTrue();
        assertThat(blocks.store(300)).isTrue();
        assertThat(manager.acquireExecution(300, 1)).isEqualTo(300);
        // 100 free and 400 needed: the shuffles, asked first, give their 300.
        assertThat(blocks.store(400)).isTrue();
        assertThat(log).containsExactly("shuffles for storage 300");
        // Storage cannot push execution out: with 300 held by execution, 800 can never fit.
        assertThat(blocks.store(800)).isFalse();
        assertThat(log).hasSize(1);
        assertThat(manager.acquireStorage(2000)).isFalse();
    }

    @Test
    void theDefaultBudgetFollowsSparksFormulaAndLeavesSmallAndFullHeapsRoom() {
        assertThat(MemoryManager.defaultBudget(1300L << 20)).isEqualTo((long) ((1000L << 20) * 0.6));
        // Heaps under 600 MiB keep half for everything else (a quarter was not enough at -Xmx64m).
        assertThat(MemoryManager.defaultBudget(128L << 20)).isEqualTo((long) ((64L << 20) * 0.6));
        assertThat(MemoryManager.defaultBudget(64L << 20)).isEqualTo((long) ((32L << 20) * 0.6));
        // An application already holding most of its heap gets a budget sized from what is left.
        assertThat(MemoryManager.defaultBudget(2048L << 20, 1648L << 20)).isEqualTo((long) ((400L << 20) * 0.6));
        assertThat(MemoryManager.defaultBudget(64L << 20, 64L << 20)).isEqualTo(1L << 20);
    }

    @Test
    void theDefaultSpillFloorIsAQuarterOfASlotsShareBetween256KAnd4M() {
        assertThat(MemoryManager.defaultMinSpillBytes(1L << 30, 2)).isEqualTo(4L << 20);
        assertThat(MemoryManager.defaultMinSpillBytes(16L << 20, 2)).isEqualTo(2L << 20);
        assertThat(MemoryManager.defaultMinSpillBytes(96L << 10, 2)).isEqualTo(256L << 10);
    }

    @Test
    void badSettingsAreRejected() {
        assertThatThrownBy(() -> new MemoryManager(0, 0.5)).hasMessageContaining("must be positive: 0");
        assertThatThrownBy(() -> new MemoryManager(100, 1.5)).hasMessageContaining("storage fraction");
    }
}

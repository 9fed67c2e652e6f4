package io.rivulet.shuffle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rivulet.task.TaskContext;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Registering, handing out and forgetting map outputs; the fault-injection setting's parsing. */
class MapOutputTrackerTest {
    @Test
    void aMissingOutputFailsTheFetchNamingShuffleAndMap() {
        MapOutputTracker tracker = new MapOutputTracker();
        tracker.registerShuffle(7, 3);
        tracker.registerMapOutput(7, new MapStatus(0, new FakeOutput()));
        tracker.registerMapOutput(7, new MapStatus(2, new FakeOutput()));

        TaskContext task = new TaskContext(0, 0, 0, 0, 0, 0);
        FetchFailedException e = catchThrowableOfType(FetchFailedException.class, () -> tracker.mapOutputs(7, task));

        assertThat(task.fetchFailure()).isSameAs(e);
        assertThat(e.shuffleId()).isEqualTo(7);
        assertThat(e.mapId()).isEqualTo(1);
        assertThat(e).hasMessage("output of map 1 of shuffle 7 is missing: not registered");
        assertThat(tracker.missingMaps(7)).containsExactly(1);
    }

    @Test
    void forgettingTheLostOutputReleasesItButANewerOneOfTheSameMapIsKept() {
        MapOutputTracker tracker = new MapOutputTracker();
        tracker.registerShuffle(0, 2);
        FakeOutput lostOutput = new FakeOutput();
        MapStatus lost = new MapStatus(1, lostOutput);
        tracker.registerMapOutput(0, new MapStatus(0, new FakeOutput()));
        tracker.registerMapOutput(0, lost);

        assertThat(tracker.unregisterMapOutput(0, 1, lost)).isTrue();
        assertThat(lostOutput.released).isTrue();
        assertThat(tracker.isComplete(0)).isFalse();

        FakeOutput newerOutput = new FakeOutput();
        tracker.registerMapOutput(0, new MapStatus(1, newerOutput));
        assertThat(tracker.unregisterMapOutput(0, 1, lost)).isFalse();
        assertThat(tracker.unregisterMapOutput(0, 1, null)).isFalse();
        assertThat(tracker.unregisterMapOutput(0, 5, lost)).isFalse();
        assertThat(newerOutput.released).isFalse();
        assertThat(tracker.isComplete(0)).isTrue();
    }

    @Test
    void theNamedFetchesFailOnceMarkingTheTaskAndTheTaskKnowsWhatItWasHanded() {
        MapOutputTracker tracker = new MapOutputTracker(Set.of(2L));
        tracker.registerShuffle(0, 2);
        MapStatus second = new MapStatus(1, new FakeOutput());
        tracker.registerMapOutput(0, new MapStatus(0, new FakeOutput()));
        tracker.registerMapOutput(0, second);
        TaskContext first = new TaskContext(0, 0, 0, 0, 0, 0);
        TaskContext failing = new TaskContext(1, 0, 0, 0, 1, 0);

        assertThat(tracker.mapOutputs(0, first)).hasSize(2);
        FetchFailedException e = catchThrowableOfType(FetchFailedException.class, () -> tracker.mapOutputs(0, failing));

        assertThat(e.mapId()).isEqualTo(1);
        assertThat(failing.fetchFailure()).isSameAs(e);
        assertThat(first.fetchFailure()).isNull();
        assertThat(tracker.handedOutput(failing, 0, 1)).isSameAs(second);
        assertThat(tracker.handedOutput(failing, 0, 5)).isNull();
        assertThat(tracker.handedOutput(new TaskContext(2, 0, 0, 0, 0, 0), 0, 1))
                .isNull();
        assertThat(tracker.fetches()).isEqualTo(2);
        assertThat(tracker.injectedFailures()).isEqualTo(1);
    }

    /** A map output that only remembers whether it was released. */
    private static final class FakeOutput implements MapOutput {
        boolean released;

        @Override
        public Iterator<Object> read(int reducePartition, io.rivulet.task.TaskContext context) {
            return Collections.emptyIterator();
        }

        @Override
        public long bytes(int reducePartition) {
            return 0;
        }

        @Override
        public long records(int reducePartition) {
            return 0;
        }

        @Override
        public void release() {
            released = true;
        }
    }
}

package io.rivulet.testing;

import io.rivulet.JobListener;
import io.rivulet.StageInfo;
import java.util.ArrayList;
import java.util.List;

/** Records the stages that jobs submit, to check which actions shuffle and how many tasks they run. */
public final class StageRecorder implements JobListener {
    private final List<StageInfo> submitted = new ArrayList<>();

    @Override
    public synchronized void onStageSubmitted(StageInfo stage) {
        submitted.add(stage);
    }

    public synchronized void clear() {
        submitted.clear();
    }

    public synchronized List<StageInfo> submitted() {
        return List.copyOf(submitted);
    }

    /** How many shuffle-map stages ran since the last {@link #clear()}. */
    public synchronized long shuffleStages() {
        return submitted.stream().filter(StageInfo::isShuffleMap).count();
    }

    /** The last result stage submitted. */
    public synchronized StageInfo lastResultStage() {
        for (int i = submitted.size() - 1; i >= 0; i--) {
            if (!submitted.get(i).isShuffleMap()) {
                return submitted.get(i);
            }
        }
        throw new AssertionError("no result stage was submitted");
    }
}

package io.rivulet.rdd;

import io.rivulet.engine.Engine;
import io.rivulet.scheduler.TaskContext;
import java.util.Iterator;
import java.util.List;

/** STUB: replaced by the text input work. */
public final class TextFileRDD extends BaseRDD<String> {
    public TextFileRDD(Engine engine, String path, int minPartitions) {
        super(engine, "textFile", List.of());
    }

    @Override
    protected Partition[] computePartitions() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Iterator<String> compute(Partition split, TaskContext context) {
        throw new UnsupportedOperationException("stub");
    }
}

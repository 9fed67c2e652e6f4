package io.rivulet.rdd;

import io.rivulet.engine.Engine;
import io.rivulet.scheduler.TaskContext;
import java.util.Iterator;
import java.util.List;

/** STUB: replaced by the object file work. */
public final class ObjectFileRDD<T> extends BaseRDD<T> {
    public ObjectFileRDD(Engine engine, String path) {
        super(engine, "objectFile", List.of());
    }

    @Override
    protected Partition[] computePartitions() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public Iterator<T> compute(Partition split, TaskContext context) {
        throw new UnsupportedOperationException("stub");
    }
}

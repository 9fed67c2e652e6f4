package io.rivulet.shuffle;

import io.rivulet.memory.SpillFile;
import io.rivulet.task.TaskContext;
import java.util.Iterator;

/** Map output in a local file, one compressed segment per reduce partition. */
final class FileMapOutput implements MapOutput {
    private final SpillFile file;

    FileMapOutput(SpillFile file) {
        this.file = file;
    }

    @Override
    public Iterator<Object> read(int reducePartition, TaskContext context) {
        return file.read(reducePartition, context);
    }

    @Override
    public long bytes(int reducePartition) {
        return file.bytes(reducePartition);
    }

    @Override
    public long records(int reducePartition) {
        return file.records(reducePartition);
    }

    @Override
    public void release() {
        file.delete();
    }

    @Override
    public String toString() {
        return "FileMapOutput(" + file.path() + ")";
    }
}

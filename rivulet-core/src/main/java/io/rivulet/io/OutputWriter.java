package io.rivulet.io;

import io.rivulet.rdd.BaseRDD;

/** STUB: replaced by the output committing work. */
public final class OutputWriter {
    private OutputWriter() {}

    public static void saveAsTextFile(BaseRDD<?> rdd, String dir, String jobName) {
        throw new UnsupportedOperationException("stub");
    }

    public static void saveAsObjectFile(BaseRDD<?> rdd, String dir, String jobName) {
        throw new UnsupportedOperationException("stub");
    }
}

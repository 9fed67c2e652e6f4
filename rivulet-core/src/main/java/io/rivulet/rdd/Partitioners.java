package io.rivulet.rdd;

import io.rivulet.HashPartitioner;
import io.rivulet.Partitioner;
import io.rivulet.config.RivuletConfig;
import java.util.List;
import java.util.Optional;

/** Chooses the partitioner of a key operation whose caller did not name one, as Spark does. */
public final class Partitioners {
    private Partitioners() {}

    /**
     * The partitioner of the input with the most partitions, when an input has one and it is not much
     * smaller than the largest input (so co-partitioned inputs are reused and need no shuffle); otherwise a
     * {@link HashPartitioner} over {@code rivulet.default.parallelism} if set, or the largest input's count.
     */
    public static Partitioner defaultPartitioner(RddServices services, List<BaseRDD<?>> inputs) {
        int maxPartitions = 0;
        Optional<Partitioner> best = Optional.empty();
        for (BaseRDD<?> input : inputs) {
            maxPartitions = Math.max(maxPartitions, input.numPartitions());
            Optional<Partitioner> candidate = input.partitioner().filter(p -> p.numPartitions() > 0);
            if (candidate.isPresent()
                    && (best.isEmpty()
                            || candidate.get().numPartitions() > best.get().numPartitions())) {
                best = candidate;
            }
        }
        boolean parallelismSet = services.settings().isSet(RivuletConfig.DEFAULT_PARALLELISM);
        int defaultCount = parallelismSet ? services.defaultParallelism() : Math.max(maxPartitions, 1);
        if (best.isPresent()
                && (best.get().numPartitions() >= defaultCount
                        || (long) best.get().numPartitions() * 10 >= maxPartitions)) {
            return best.get();
        }
        return new HashPartitioner(defaultCount);
    }
}

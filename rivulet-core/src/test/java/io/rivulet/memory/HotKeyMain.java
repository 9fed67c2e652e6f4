package io.rivulet.memory;

import io.rivulet.JobListener;
import io.rivulet.Pair;
import io.rivulet.Rivulet;
import io.rivulet.SpillInfo;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run by {@link DefaultBudgetChildJvmTest} in a child JVM of a given heap, with the default budget: a
 * {@code groupByKey} of {@code args[0]} values on one key. Prints {@code COUNT n SUM s SPILLS k} on stdout.
 */
public final class HotKeyMain {
    private HotKeyMain() {}

    public static void main(String[] args) {
        long values = Long.parseLong(args[0]);
        AtomicLong spills = new AtomicLong();
        try (Rivulet rv =
                Rivulet.builder().master("local[2]").appName("hot-key").build()) {
            rv.addListener(new JobListener() {
                @Override
                public void onSpill(SpillInfo spill) {
                    spills.incrementAndGet();
                }
            });
            List<Pair<String, long[]>> groups = rv.range(0, values)
                    .mapToPair(x -> Pair.of("hot", x))
                    .groupByKey()
                    .mapValues(group -> {
                        long count = 0;
                        long sum = 0;
                        for (long value : group) {
                            count++;
                            sum += value;
                        }
                        return new long[] {count, sum};
                    })
                    .collect();
            long[] result = groups.get(0).value();
            System.out.println("COUNT " + result[0] + " SUM " + result[1] + " SPILLS " + spills.get());
        }
    }
}

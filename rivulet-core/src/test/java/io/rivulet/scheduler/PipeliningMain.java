package io.rivulet.scheduler;

import io.rivulet.Rivulet;

/**
 * Run by {@link PipeliningChildJvmTest} in a JVM with a 128 MB heap: 300 million elements pass through a map and
 * a filter, which fits only if they flow one at a time through the stage instead of being collected between
 * transformations. Prints the count.
 */
public final class PipeliningMain {
    static final long ELEMENTS = 300_000_000L;

    private PipeliningMain() {}

    public static void main(String[] args) {
        try (Rivulet rv =
                Rivulet.builder().master("local[2]").appName("pipelining").build()) {
            long count = rv.range(0, ELEMENTS, 1, 2)
                    .map(x -> x * 2)
                    .filter(x -> x % 3 == 0)
                    .count();
            System.out.println(count);
        }
    }
}

package io.rivulet.serializer;

import io.rivulet.Pair;
import io.rivulet.RDD;
import io.rivulet.Rivulet;
import io.rivulet.StorageLevel;
import io.rivulet.testing.ThreadLeaks;
import java.util.List;
import java.util.Map;
import org.apache.fory.Fory;
import org.apache.fory.config.Language;

/**
 * Run by {@link ForyThreadsChildJvmTest} in a fresh JVM, where no Fory has been used yet (in the test JVM an
 * earlier test may already have started and stopped Fory's cleaner). Each Rivulet serializes every shuffle
 * output ({@code rivulet.shuffle.serializeAbove=0}) and a {@code MEMORY_ONLY_SER} block, so Fory is used.
 * Prints one line per step; throws (exit status 1) at the first thing that is wrong. With the argument
 * {@code application-first}, the application builds a Fory of its own before any Rivulet does.
 */
public final class ForyThreadsMain {
    private ForyThreadsMain() {}

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("application-first")) {
            applicationUsesForyFirst();
        } else {
            rivuletsUseForyFirst();
        }
    }

    private static void rivuletsUseForyFirst() {
        ThreadLeaks leaks = ThreadLeaks.snapshot();
        check(!foryCleanerRuns(), "no Fory cleaner before Fory is used");

        // Two Rivulets: Fory starts its cleaner on first use; closing one leaves it to the other.
        Rivulet alpha = build("alpha");
        Rivulet beta = build("beta");
        useFory(alpha);
        check(foryCleanerRuns(), "Fory started its cleaner when a Rivulet used it");
        useFory(beta);
        alpha.close();
        check(foryCleanerRuns(), "the cleaner still runs while beta is open");
        useFory(beta);
        beta.close();
        leaks.assertNoneLeft();
        System.out.println("two rivulets: the cleaner ran until the last closed; no thread left");

        // A Rivulet built afterwards uses Fory without it, and starts no thread that outlives it.
        Rivulet gamma = build("gamma");
        useFory(gamma);
        check(!foryCleanerRuns(), "Fory started no second cleaner");
        gamma.close();
        leaks.assertNoneLeft();
        System.out.println("a later rivulet: worked without the cleaner; no thread left");
    }

    /** An application that used Fory itself before any Rivulet did keeps its cleaner: Rivulet did not start it. */
    private static void applicationUsesForyFirst() {
        Fory own = Fory.builder().withLanguage(Language.JAVA).build();
        check(own.deserialize(own.serialize("mine")).equals("mine"), "the application's own Fory works");
        check(foryCleanerRuns(), "the application's Fory started the cleaner");
        ThreadLeaks leaks = ThreadLeaks.snapshot();

        Rivulet rv = build("after-the-application");
        useFory(rv);
        rv.close();

        leaks.assertNoneLeft();
        check(foryCleanerRuns(), "the application's cleaner still runs");
        check(own.deserialize(own.serialize("still mine")).equals("still mine"), "the application's Fory works");
        System.out.println("application first: its cleaner left alone; no thread left");
    }

    private static Rivulet build(String name) {
        return Rivulet.builder()
                .master("local[2]")
                .appName(name)
                .config("rivulet.shuffle.serializeAbove", "0")
                .build();
    }

    /** A serialized shuffle and a serialized block, read back and checked. */
    private static void useFory(Rivulet rv) {
        Map<Long, Long> sums = rv.range(0, 10_000, 1, 4)
                .mapToPair(x -> Pair.of(x % 7, x))
                .reduceByKey(Long::sum)
                .collectAsMap();
        long expected = 0;
        for (long x = 3; x < 10_000; x += 7) {
            expected += x;
        }
        check(sums.size() == 7 && sums.get(3L) == expected, "the serialized shuffle's sums: " + sums);
        RDD<List<String>> blocks =
                rv.range(0, 1000, 1, 2).map(x -> List.of("v" + x)).persist(StorageLevel.MEMORY_ONLY_SER);
        check(blocks.count() == 1000 && blocks.count() == 1000, "the MEMORY_ONLY_SER blocks read back");
    }

    private static boolean foryCleanerRuns() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.isAlive() && thread.getName().equals(ForyCleaner.THREAD_NAME));
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("not so: " + what);
        }
    }
}

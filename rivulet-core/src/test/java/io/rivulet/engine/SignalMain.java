package io.rivulet.engine;

import io.rivulet.Pair;
import io.rivulet.Rivulet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Run by {@link SignalChildJvmTest} in a child JVM: a save job that shuffles 200,000 records to disk and then
 * writes its output forever, until the test sends a signal. Arguments: the local directory, the event log
 * directory, the output directory. Prints {@code WRITING} on stdout once a task writes output (the staging
 * directory exists, the shuffle files are in the local directory).
 */
public final class SignalMain {
    private SignalMain() {}

    public static void main(String[] args) {
        Rivulet rv = Rivulet.builder()
                .master("local[2]")
                .appName("signalled")
                .executorMemory("8m")
                .config("rivulet.memory.storageFraction", "0") // map outputs go to files
                .config("rivulet.local.dir", args[0])
                .config("rivulet.eventLog.dir", args[1])
                .config("rivulet.ui.showConsoleProgress", "true") // a bar to wipe
                .build();
        rv.range(0, 200_000, 1, 4)
                .mapToPair(x -> Pair.of(x % 1000, x))
                .groupByKey(2)
                .mapPartitions(SignalMain::endless)
                .saveAsTextFile(args[2]);
        System.out.println("the job ended, which it never should");
        rv.close();
    }

    /** The partition's groups, then records forever, one every few milliseconds. */
    private static Iterator<String> endless(Iterator<Pair<Long, Iterable<Long>>> groups) {
        return new Iterator<>() {
            private boolean announced;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (groups.hasNext()) {
                    return String.valueOf(groups.next().key());
                }
                if (!announced) {
                    announced = true;
                    System.out.println("WRITING");
                    System.out.flush();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "more";
            }
        };
    }
}

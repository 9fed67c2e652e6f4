package io.rivulet.testing;

import io.rivulet.RDD;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.Dependency;
import io.rivulet.rdd.ShuffleDependency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What tests look at beyond the public API, through the engine's one door ({@link RivuletInternals}): the
 * shuffles in an RDD's lineage, and the files a {@code Rivulet} left, for tests that lose shuffle output on
 * purpose or check that memory and files were freed.
 */
public final class Lineage {
    private Lineage() {}

    /** The ids of every shuffle in the lineage of {@code rdd}, the nearest last (ids grow as RDDs are built). */
    public static List<Integer> shuffleIds(RDD<?> rdd) {
        Set<Integer> ids = new TreeSet<>();
        Set<Integer> visited = new HashSet<>();
        Deque<BaseRDD<?>> toVisit = new ArrayDeque<>();
        toVisit.push(RivuletInternals.node(rdd));
        while (!toVisit.isEmpty()) {
            BaseRDD<?> current = toVisit.pop();
            if (!visited.add(current.id())) {
                continue;
            }
            for (Dependency dependency : current.dependencies()) {
                if (dependency instanceof ShuffleDependency<?> shuffle) {
                    ids.add(shuffle.shuffleId());
                }
                toVisit.push(dependency.rdd());
            }
        }
        return new ArrayList<>(ids);
    }

    /** The data files under {@code dir}: every regular file but local directories' owner markers. */
    public static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            // The owner marker of a live local directory is not data (LocalDirs.OWNER_FILE).
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().equals("rivulet-owner"))
                    .toList();
        }
    }
}

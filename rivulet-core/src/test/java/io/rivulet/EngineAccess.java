package io.rivulet;

import io.rivulet.engine.Engine;
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
 * Test-only access to a {@link Rivulet}'s internals (its engine, the shuffles in an RDD's lineage), for
 * tests that lose shuffle output on purpose or check that memory and files were freed.
 */
public final class EngineAccess {
    private EngineAccess() {}

    public static Engine engine(Rivulet rv) {
        return rv.engine();
    }

    /** The ids of every shuffle in the lineage of {@code rdd}, the nearest last (ids grow as RDDs are built). */
    public static List<Integer> shuffleIds(RDD<?> rdd) {
        Set<Integer> ids = new TreeSet<>();
        Set<Integer> visited = new HashSet<>();
        Deque<BaseRDD<?>> toVisit = new ArrayDeque<>();
        toVisit.push(rdd.node);
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

    /** The regular files under {@code dir} (directories are not counted), or none if it does not exist. */
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

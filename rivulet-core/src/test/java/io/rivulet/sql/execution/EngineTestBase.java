package io.rivulet.sql.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Rivulet;
import io.rivulet.sql.session.SqlSession;
import io.rivulet.testing.ThreadLeaks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A {@code Rivulet} on {@code local[3]} with a local directory of its own for every test class, and the leak check
 * after it is closed: no thread it started is left, and no file under its local directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EngineTestBase {
    Rivulet rv;
    SqlSession session;
    Path localDir;
    private ThreadLeaks leaks;

    /** Settings beyond the master and the local directory, as key, value, key, value. */
    String[] settings() {
        return new String[0];
    }

    /** What a test class must do before the snapshot of live threads: nothing by default. */
    void beforeSnapshot() throws IOException {}

    @BeforeAll
    void start() throws IOException {
        beforeSnapshot();
        leaks = ThreadLeaks.snapshot();
        localDir = Files.createTempDirectory("rivulet-exec-test");
        Rivulet.Builder builder =
                Rivulet.builder().master("local[3]").appName(getClass().getSimpleName());
        builder.config("rivulet.local.dir", localDir.toString());
        String[] extra = settings();
        for (int i = 0; i < extra.length; i += 2) {
            builder.config(extra[i], extra[i + 1]);
        }
        rv = builder.build();
        session = new SqlSession(rv);
    }

    @AfterAll
    void stop() throws IOException {
        rv.close();
        leaks.assertNoneLeft();
        assertThat(files()).as("files left under the local directory").isEmpty();
        try (Stream<Path> paths = Files.walk(localDir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    List<Path> files() throws IOException {
        if (!Files.exists(localDir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(localDir)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }

    ExecutionContext context() {
        return new ExecutionContext(rv, session.conf());
    }
}

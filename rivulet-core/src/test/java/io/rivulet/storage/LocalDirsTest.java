package io.rivulet.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crash leaves a directory behind; the next start deletes it, and never one of a live process. */
class LocalDirsTest {
    @TempDir
    Path base;

    @Test
    void firstUseDeletesDirectoriesOfDeadProcessesOnly() throws Exception {
        Process ended =
                new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        ended.waitFor();
        Path deadOwners = leftover("rivulet-111", ended.pid() + "\n" + 1);
        Path liveOwner = leftover("rivulet-222", ProcessHandle.current().pid() + "\n" + startMillis());
        Path reusedPid = leftover("rivulet-333", ProcessHandle.current().pid() + "\n" + 12345);
        Path noMarker = Files.createDirectories(base.resolve("rivulet-444"));
        Path notOurs = leftover("other-555", ended.pid() + "\n" + 1);

        try (LocalDirs dirs = new LocalDirs(base)) {
            Path root = dirs.root();

            assertThat(root).exists();
            assertThat(LocalDirs.ownerIsDead(root)).isFalse();
            assertThat(deadOwners).doesNotExist();
            assertThat(reusedPid).doesNotExist();
            assertThat(liveOwner).exists();
            assertThat(noMarker).exists();
            assertThat(notOurs).exists();
        }
    }

    @Test
    void closeDeletesTheDirectoryWithItsMarker() {
        LocalDirs dirs = new LocalDirs(base);
        Path root = dirs.root();
        assertThat(root.resolve(LocalDirs.OWNER_FILE)).exists();

        dirs.close();

        assertThat(root).doesNotExist();
    }

    private Path leftover(String name, String owner) throws Exception {
        Path dir = Files.createDirectories(base.resolve(name));
        Files.writeString(dir.resolve(LocalDirs.OWNER_FILE), owner, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("rdd_1_0-1"), "block");
        return dir;
    }

    private static long startMillis() {
        return ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
    }
}

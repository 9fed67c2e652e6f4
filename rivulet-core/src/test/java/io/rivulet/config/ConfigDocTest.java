package io.rivulet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The catalogue of keys is the documentation: the README's table is generated from it, and it parses once. */
class ConfigDocTest {
    private static final String END = "<!-- end of the generated table -->";

    @Test
    void theReadmeTableIsTheCatalogue() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("| Key | Default | Meaning |");
        int end = readme.indexOf(END, start);
        assertThat(start).as("the README has the configuration table").isPositive();
        assertThat(end).as("the table ends with " + END).isGreaterThan(start);
        assertThat(readme.substring(start, end))
                .as("regenerate the README's table from RivuletConfig.markdownTable()")
                .isEqualTo(RivuletConfig.markdownTable());
    }

    @Test
    void everyKeyIsListedOnceAndDocumented() {
        List<ConfigEntry<?>> entries = RivuletConfig.entries();
        Set<String> keys = new HashSet<>();
        for (ConfigEntry<?> entry : entries) {
            assertThat(keys.add(entry.key())).as("listed once: " + entry.key()).isTrue();
            assertThat(entry.key()).startsWith("rivulet.");
            assertThat(entry.doc()).isNotBlank();
            assertThat(RivuletConfig.entry(entry.key())).isSameAs(entry);
            assertThat(RivuletConfig.plainText()).contains(entry.key() + " (");
        }
        assertThat(RivuletConfig.entry("rivulet.no.such.key")).isNull();
    }

    @Test
    void settingsParseEachKnownKeyOnceAndKeepTheRest() {
        Settings settings = new Settings(Map.of(
                "rivulet.task.maxFailures", " 7 ",
                "rivulet.executor.memory", "64m",
                "rivulet.test.failShuffleFetch", "5, 2",
                "myapp.flag", "on"));

        assertThat(settings.get(RivuletConfig.TASK_MAX_FAILURES)).isEqualTo(7);
        assertThat(settings.get(RivuletConfig.EXECUTOR_MEMORY)).isEqualTo(64L << 20);
        assertThat(settings.get(RivuletConfig.TEST_FAIL_SHUFFLE_FETCH)).containsExactlyInAnyOrder(2L, 5L);
        assertThat(settings.get(RivuletConfig.STAGE_MAX_CONSECUTIVE_ATTEMPTS)).isEqualTo(4);
        assertThat(settings.isSet(RivuletConfig.DEFAULT_PARALLELISM)).isFalse();
        assertThat(settings.getOptional(RivuletConfig.DEFAULT_PARALLELISM)).isEmpty();
        assertThat(settings.raw("myapp.flag")).contains("on");
        assertThat(settings.asMap()).containsKeys("myapp.flag", "rivulet.task.maxFailures");
        assertThatThrownBy(() -> settings.get(RivuletConfig.DEFAULT_PARALLELISM))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rivulet.default.parallelism");
    }

    @Test
    void badValuesNameTheKeyAndTheValue() {
        assertThatThrownBy(() -> new Settings(Map.of("rivulet.memory.storageFraction", "1.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rivulet.memory.storageFraction must be in [0, 1]: 1.5");
        assertThatThrownBy(() -> new Settings(Map.of("rivulet.test.failShuffleFetch", "1;2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("config rivulet.test.failShuffleFetch must be positive fetch numbers separated by commas,"
                        + " like 3 or 1,5: '1;2'");
        assertThatThrownBy(() -> new Settings(Map.of("rivulet.sql.session.timeZone", "Mars/Olympus")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rivulet.sql.session.timeZone")
                .hasMessageContaining("Mars/Olympus");
        assertThat(new Settings(Map.of("rivulet.sql.autoBroadcastJoinThreshold", "-1"))
                        .get(RivuletConfig.SQL_AUTO_BROADCAST_JOIN_THRESHOLD))
                .isEqualTo(-1L);
    }

    @Test
    void sizesReadAndWriteAsSparkWritesThem() {
        assertThat(Sizes.parse("512m")).isEqualTo(512L << 20);
        assertThat(Sizes.parse("2g")).isEqualTo(2L << 30);
        assertThat(Sizes.parse("10mb")).isEqualTo(10L << 20);
        assertThat(Sizes.parse(" 1024 ")).isEqualTo(1024);
        assertThat(Sizes.format(256L << 10)).isEqualTo("256k");
        assertThat(Sizes.format(1000)).isEqualTo("1000");
        assertThatThrownBy(() -> Sizes.parse("-5m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sizes.parse("lots")).isInstanceOf(IllegalArgumentException.class);
    }
}

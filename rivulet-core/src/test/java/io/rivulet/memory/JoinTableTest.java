package io.rivulet.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.Pair;
import io.rivulet.task.TaskContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JoinTable} gives back every value of a key, in the order added, null values and null keys included,
 * and says when the task's memory runs out.
 */
class JoinTableTest {
    private static TaskMemory memory(long maxMemory) {
        return TaskMemory.of(new TaskContext(1, 0, 0, 0, 0, 0), new MemoryManager(maxMemory, 0.5, 0), null, null);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void matchesHoldEveryValueOfAKeyInOrder(int seed) {
        Random random = new Random(seed);
        JoinTable<Object> table = new JoinTable<>(memory(1L << 30));
        Map<Object, List<Object>> expected = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            int n = random.nextInt(seed * 4_000); // seed 1: most keys repeat; seed 3: most are single
            Object key = n == 0 ? null : (Object) n;
            Object value = i % 97 == 0 ? null : (Object) ("v" + i);
            assertThat(table.add(key, value)).isTrue();
            expected.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        for (int n = 0; n < seed * 4_000 + 10; n++) {
            Object key = n == 0 ? null : (Object) n;
            assertThat(valuesOf(table, key)).as("key %s", key).isEqualTo(expected.get(key));
        }
        Map<Object, List<Object>> drained = new HashMap<>();
        table.drain()
                .forEachRemaining(entry -> drained.computeIfAbsent(entry.key(), k -> new ArrayList<>())
                        .add(entry.value()));
        assertThat(drained).isEqualTo(expected);
    }

    @Test
    void aValueThatIsItselfAnArrayOrListIsOneValue() {
        JoinTable<String> table = new JoinTable<>(memory(1L << 30));
        Object[] array = {"a", "b"};
        List<String> list = List.of("c", "d");
        table.add("k", array);
        table.add("j", list);
        table.add("j", list);

        assertThat(valuesOf(table, "k")).containsExactly((Object) array);
        assertThat(valuesOf(table, "j")).containsExactly(list, list);
    }

    @Test
    void saysWhenTheTaskCannotGetMemoryForMore() {
        JoinTable<Integer> table = new JoinTable<>(memory(64 * 1024));
        int added = 0;
        while (table.add(added, "value " + added)) {
            added++;
            assertThat(added).as("values added to 32 KiB of execution memory").isLessThan(10_000);
        }
        assertThat(added).isGreaterThan(10);
        List<Pair<Integer, Object>> drained = new ArrayList<>();
        table.drain().forEachRemaining(drained::add);
        assertThat(drained).hasSize(added + 1); // the value that did not fit is kept too
    }

    private static List<Object> valuesOf(JoinTable<?> table, Object key) {
        @SuppressWarnings("unchecked")
        Object matches = ((JoinTable<Object>) table).matches(key);
        if (matches == null) {
            return null;
        }
        Object[] values = new Object[table.count(matches)];
        for (int i = 0; i < values.length; i++) {
            values[i] = table.value(matches, i);
        }
        return Arrays.asList(values);
    }
}

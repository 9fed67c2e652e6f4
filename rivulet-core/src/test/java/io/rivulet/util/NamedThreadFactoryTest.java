package io.rivulet.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NamedThreadFactoryTest {
    @Test
    void awaitsThePoolsThreadsThemselvesNotOnlyTheirTasks() throws Exception {
        NamedThreadFactory factory = new NamedThreadFactory("factory-test");
        ExecutorService pool = Executors.newFixedThreadPool(3, factory);
        CountDownLatch started = new CountDownLatch(3);
        Thread[] workers = new Thread[3];
        for (int i = 0; i < 3; i++) {
            int index = i;
            pool.execute(() -> {
                workers[index] = Thread.currentThread();
                started.countDown();
            });
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();

        assertThat(factory.awaitThreadsEnded(10, TimeUnit.SECONDS)).isTrue();
        for (Thread worker : workers) {
            assertThat(worker.isAlive()).as(worker.getName()).isFalse();
            assertThat(worker.getName()).startsWith("rivulet-factory-test-");
        }
    }

    @Test
    void saysSoWhenAThreadOutlivesTheTimeout() throws Exception {
        NamedThreadFactory factory = new NamedThreadFactory("factory-test-stuck");
        CountDownLatch release = new CountDownLatch(1);
        Thread stuck = factory.newThread(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stuck.start();
        try {
            assertThat(factory.awaitThreadsEnded(50, TimeUnit.MILLISECONDS)).isFalse();
        } finally {
            release.countDown();
        }
        assertThat(factory.awaitThreadsEnded(10, TimeUnit.SECONDS)).isTrue();
        assertThat(stuck.isAlive()).isFalse();
    }
}

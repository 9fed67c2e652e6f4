package io.rivulet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/** The test JVM's flags (the surefire argLine of the bench pom) are those Spark's launcher passes. */
class SparkFlagsTest {
    @Test
    void testJvmHasSparksModuleFlags() {
        assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments())
                .contains(JavaModuleOptions.defaultModuleOptionArray());
    }
}

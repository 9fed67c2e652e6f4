package io.rivulet.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/** The tests' JVM gets Spark's own module options for Java 17: the pom's copy of the list is Spark's list. */
class SparkModuleOptionsTest {
    @Test
    void thePomsListIsSparks() {
        assertThat(System.getProperty("spark.test.jvm.options")).isEqualTo(JavaModuleOptions.defaultModuleOptions());
    }

    @Test
    void theProviderAcceptsSparksMastersOnly() {
        SparkRunnerProvider provider = new SparkRunnerProvider();
        assertThat(provider.accepts("spark://host:7077")).isTrue();
        assertThat(provider.accepts("yarn")).isTrue();
        assertThat(provider.accepts("k8s://https://host:6443")).isTrue();
        assertThat(provider.accepts("spark-local[2]")).isTrue();
        assertThat(provider.accepts("local[2]")).isFalse();
        assertThat(provider.accepts("mesos://host:5050")).isFalse();
        assertThat(SparkRunnerProvider.sparkMaster("spark-local[3]")).isEqualTo("local[3]");
        assertThat(SparkRunnerProvider.sparkMaster("spark-local")).isEqualTo("local");
        assertThat(SparkRunnerProvider.sparkMaster("spark://h:7077")).isEqualTo("spark://h:7077");
    }

    @Test
    void aSparkOfAnotherMinorVersionIsRefusedNamingBoth() {
        assertThat(SparkVersions.built()).isEqualTo(SparkVersions.running()).startsWith("4.0.");
        SparkVersions.check("4.0.4", "4.0.1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SparkVersions.check("4.0.4", "3.5.9"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("built for Apache Spark 4.0.4")
                .hasMessageContaining("the class path has Spark 3.5.9");
    }
}

package io.rivulet.bench;

class SparkAgreesTest extends EnginesAgreeTest {
    @Override
    String engine() {
        return "spark";
    }
}

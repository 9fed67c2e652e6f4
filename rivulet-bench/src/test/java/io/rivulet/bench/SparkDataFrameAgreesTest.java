package io.rivulet.bench;

class SparkDataFrameAgreesTest extends DataFrameEnginesAgreeTest {
    @Override
    String engine() {
        return "spark";
    }
}

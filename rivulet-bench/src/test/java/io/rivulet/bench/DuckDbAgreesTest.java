package io.rivulet.bench;

class DuckDbAgreesTest extends DataFrameEnginesAgreeTest {
    @Override
    String engine() {
        return "duckdb";
    }
}

package io.rivulet.bench;

class DuckDbFilesAgreeTest extends FilesEnginesAgreeTest {
    @Override
    String engine() {
        return "duckdb";
    }
}

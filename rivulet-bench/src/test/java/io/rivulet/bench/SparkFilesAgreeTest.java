package io.rivulet.bench;

class SparkFilesAgreeTest extends FilesEnginesAgreeTest {
    @Override
    String engine() {
        return "spark";
    }
}

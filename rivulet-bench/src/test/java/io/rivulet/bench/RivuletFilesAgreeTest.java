package io.rivulet.bench;

class RivuletFilesAgreeTest extends FilesEnginesAgreeTest {
    @Override
    String engine() {
        return "rivulet";
    }
}

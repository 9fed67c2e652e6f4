package io.rivulet.bench;

class RivuletAgreesTest extends EnginesAgreeTest {
    @Override
    String engine() {
        return "rivulet";
    }
}

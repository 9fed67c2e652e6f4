package io.rivulet;

import io.rivulet.engine.Engine;

/** For tests in other packages: the engine behind a {@link Rivulet} (its memory manager, block manager...). */
public final class Internals {
    private Internals() {}

    public static Engine engine(Rivulet rv) {
        return rv.engine();
    }
}

package io.rivulet.memory;

import java.nio.file.Path;

/**
 * Where spill files go: new, uniquely named files under the {@code Rivulet}'s local directory, which is
 * deleted with it. The storage layer's local directories implement it; memory, below storage, only asks.
 */
@FunctionalInterface
public interface TempFiles {
    Path newFile(String prefix);
}

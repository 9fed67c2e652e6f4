package io.rivulet.io;

import static io.rivulet.util.Checks.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** One input file found by {@link InputFiles}, with its size when it was listed. */
public record InputFile(Path path, long size) {
    public InputFile {
        requireNonNull(path, "path is null");
        checkArgument(size >= 0, "size of %s must not be negative: %s", path, size);
    }

    /** Whether the file is gzip-compressed (by its name, as Hadoop's codec factory decides): never split. */
    public boolean isGzip() {
        return path.getFileName() != null && path.getFileName().toString().endsWith(".gz");
    }
}

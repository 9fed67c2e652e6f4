package io.rivulet.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * The lines of one {@link FileSplit}, read lazily: the file is opened on the first {@link #hasNext()} and
 * closed at its end or by {@link #close()}, whichever comes first.
 *
 * <p>Which split reads a line that crosses a split boundary is Hadoop's {@code LineRecordReader} rule:
 * <ul>
 *   <li>a split that does not start at byte 0 skips its first line, possibly partial: the previous split
 *       reads it;
 *   <li>a split reads every line that starts at or before its end, so it reads one line past its end
 *       (the line the next split skips).
 * </ul>
 * Every line is thus read exactly once, whatever the split size: lines are cut only at {@code \n} bytes.
 *
 * <p>An uncompressed split is read from its own byte range only: the channel is positioned at its start
 * and reading stops one line after its end. A gzip file is one split, read whole (multi-member streams
 * included). Not thread-safe: one task owns it.
 */
public final class LineRecordReader implements Iterator<String>, AutoCloseable {
    private static final int GZIP_BUFFER_SIZE = 64 * 1024;

    private final FileSplit split;
    private InputStream in;
    private LineReader reader;
    private long position;
    private String next;
    private boolean done;

    public LineRecordReader(FileSplit split) {
        this.split = requireNonNull(split, "split is null");
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            if (reader == null) {
                open();
            }
            // Hadoop's condition: read the line that starts at or before the end (gzip: the whole file).
            if (split.file().isGzip() || position <= split.end()) {
                long before = reader.bytesConsumed();
                next = reader.readLine();
                position += reader.bytesConsumed() - before;
            }
        } catch (IOException e) {
            throw failure(e);
        }
        if (next == null) {
            done = true;
            close();
            return false;
        }
        return true;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String line = next;
        next = null;
        return line;
    }

    private void open() throws IOException {
        InputFile file = split.file();
        position = split.start();
        if (file.isGzip()) {
            in = openGzip(file);
        } else {
            FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ);
            in = Channels.newInputStream(channel); // closing the stream closes the channel
            channel.position(split.start());
        }
        reader = new LineReader(in);
        if (split.start() != 0 && !file.isGzip()) {
            position += reader.skipLine(); // the previous split's last line
        }
    }

    private UncheckedIOException failure(IOException e) {
        close();
        return new UncheckedIOException("cannot read " + split + ": " + e.getMessage(), e);
    }

    /** Closes the file if it is open; idempotent. */
    @Override
    public void close() {
        InputStream open = in;
        in = null;
        done = true;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + split.file().path(), e);
            }
        }
    }

    private static InputStream openGzip(InputFile file) throws IOException {
        InputStream raw = Files.newInputStream(file.path());
        if (file.size() == 0) {
            return raw; // an empty .gz file has no lines (GZIPInputStream would fail on the missing header)
        }
        try {
            return new GZIPInputStream(raw, GZIP_BUFFER_SIZE);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }
}

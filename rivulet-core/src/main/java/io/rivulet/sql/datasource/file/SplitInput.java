package io.rivulet.sql.datasource.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of one {@link FileSplit}: a whole file (decompressed by its extension), or the lines of a byte range
 * by Hadoop's rule, so that every line of a file is read by exactly one split whatever the split size:
 *
 * <ul>
 *   <li>a split that does not start at byte 0 skips its first line, possibly partial (the previous split reads
 *       it);
 *   <li>a split reads every line that starts at or before its end: the stream ends after the first {@code \n} at or
 *       past the end.
 * </ul>
 *
 * Lines end at {@code \n} bytes (UTF-8 never has the byte {@code 0x0A} inside a character). A file in another
 * encoding is read whole and re-encoded as UTF-8, so that readers only ever see UTF-8.
 */
public final class SplitInput extends InputStream {
    private static final int BUFFER_SIZE = 64 * 1024;

    private final InputStream in;
    private final long end;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int bufferPos;
    private int bufferLength;
    private long position;
    private boolean eof;

    private SplitInput(InputStream in, long start, long end) {
        this.in = in;
        this.position = start;
        this.end = end;
    }

    /** Opens {@code split}; the caller closes the stream. A vanished file fails as a missing path. */
    public static InputStream open(FileSplit split, Charset charset) throws IOException {
        Path path = Path.of(split.file().path());
        Compression compression = Compression.ofFileName(split.file().path());
        InputStream stream;
        try {
            if (split.whole() || compression != Compression.NONE) {
                InputStream raw = Files.newInputStream(path);
                if (split.file().size() == 0) {
                    stream = raw; // an empty .gz file has no header: no lines
                } else {
                    stream = new java.io.BufferedInputStream(compression.decompress(raw), BUFFER_SIZE);
                }
            } else {
                FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
                channel.position(split.start());
                SplitInput bounded = new SplitInput(Channels.newInputStream(channel), split.start(), split.end());
                if (split.start() != 0) {
                    bounded.skipFirstLine();
                }
                stream = bounded;
            }
        } catch (NoSuchFileException e) {
            throw FileIndex.notFound(path);
        }
        if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
            try (InputStream whole = stream) {
                String text = new String(whole.readAllBytes(), charset);
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1); // a byte order mark
                }
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        }
        return stream;
    }

    /** Whether splits of files in {@code charset} can be cut at {@code \n} bytes. */
    public static boolean splittable(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII);
    }

    private void skipFirstLine() throws IOException {
        while (true) {
            if (bufferPos == bufferLength && !fill()) {
                eof = true;
                return;
            }
            for (int i = bufferPos; i < bufferLength; i++) {
                if (buffer[i] == '\n') {
                    position += i + 1 - bufferPos;
                    bufferPos = i + 1;
                    eof = position > end;
                    return;
                }
            }
            position += bufferLength - bufferPos;
            bufferPos = bufferLength;
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        bufferPos = 0;
        bufferLength = Math.max(n, 0);
        return n > 0;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] out, int offset, int length) throws IOException {
        if (eof) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        if (bufferPos == bufferLength && !fill()) {
            eof = true;
            return -1;
        }
        int n = Math.min(length, bufferLength - bufferPos);
        if (position + n > end) {
            // A '\n' at or past the end closes the split's last line.
            int from = bufferPos + (int) Math.max(0, end - position);
            for (int i = from; i < bufferPos + n; i++) {
                if (buffer[i] == '\n') {
                    n = i + 1 - bufferPos;
                    eof = true;
                    break;
                }
            }
        }
        System.arraycopy(buffer, bufferPos, out, offset, n);
        bufferPos += n;
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

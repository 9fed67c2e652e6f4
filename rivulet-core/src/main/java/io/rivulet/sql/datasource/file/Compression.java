package io.rivulet.sql.datasource.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import net.jpountz.lz4.LZ4FrameInputStream;
import net.jpountz.lz4.LZ4FrameOutputStream;

/**
 * The compression codecs of text files: the {@code compression} (or {@code codec}) option of a write, with
 * Spark's names ({@code none}, {@code uncompressed}, {@code gzip}, {@code lz4}), and the codec a file is read with,
 * by its extension ({@code .gz}, {@code .lz4}). A compressed file is read whole by one task. lz4 is the LZ4 frame
 * format (lz4-java's {@code LZ4FrameOutputStream}, what the {@code lz4} command line tool reads), not Hadoop's
 * block format.
 */
public enum Compression {
    NONE(""),
    GZIP(".gz"),
    LZ4(".lz4");

    private final String extension;

    Compression(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The codec the {@code compression} option names; an unknown name fails listing the known ones. */
    public static Compression ofOption(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "none", "uncompressed" -> NONE;
            case "gzip" -> GZIP;
            case "lz4" -> LZ4;
            default ->
                throw new IllegalArgumentException("[CODEC_NOT_AVAILABLE.WITH_AVAILABLE_CODECS_SUGGESTION] The codec "
                        + name + " is not available. Available codecs are gzip, lz4, none, uncompressed.");
        };
    }

    public static Compression ofOptions(Options options) {
        return options.get("compression")
                .or(() -> options.get("codec"))
                .map(Compression::ofOption)
                .orElse(NONE);
    }

    /** The codec of a file, by its name. */
    public static Compression ofFileName(String name) {
        if (name.endsWith(".gz")) {
            return GZIP;
        }
        if (name.endsWith(".lz4")) {
            return LZ4;
        }
        return NONE;
    }

    public InputStream decompress(InputStream in) throws IOException {
        return switch (this) {
            case NONE -> in;
            case GZIP -> new GZIPInputStream(in, 64 * 1024);
            case LZ4 -> new LZ4FrameInputStream(in);
        };
    }

    public OutputStream compress(OutputStream out) throws IOException {
        return switch (this) {
            case NONE -> out;
            case GZIP -> new GZIPOutputStream(out, 64 * 1024);
            case LZ4 -> new LZ4FrameOutputStream(out);
        };
    }
}

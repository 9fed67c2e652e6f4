package io.rivulet.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The classes of compiled job files, kept on disk so that the second run of an unchanged job skips javac (most
 * of a short job's start): one file per job under {@code ~/.cache/rivulet/jobs} ({@code $XDG_CACHE_HOME/rivulet},
 * {@code $RIVULET_CACHE_DIR}, or the system property {@value #DIRECTORY_PROPERTY}), named by a SHA-256 of what
 * the classes depend on: the source text, the class path, the compiler options and the Java version. A changed
 * file, a rebuilt Rivulet with another class path, another JDK: another key, so a stale entry is never used.
 *
 * <p>Best effort: a cache that cannot be read or written only costs the compilation. Entries are written to a
 * temporary file and renamed, so that concurrent runs never read half of one. Old entries are not pruned (each is
 * a few kilobytes).
 */
final class CompileCache {
    static final String DIRECTORY_PROPERTY = "rivulet.cli.compileCache";
    private static final Logger LOG = Logger.getLogger(CompileCache.class.getName());
    private static final int FORMAT = 1;

    private final Path directory;

    CompileCache(Path directory) {
        this.directory = directory;
    }

    /** The cache in the user's cache directory, or null when there is none (no home). */
    static CompileCache standard() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null) {
            return configured.isEmpty() ? null : new CompileCache(Path.of(configured));
        }
        String explicit = System.getenv("RIVULET_CACHE_DIR");
        if (explicit != null && !explicit.isEmpty()) {
            return new CompileCache(Path.of(explicit, "jobs"));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return new CompileCache(Path.of(xdg, "rivulet", "jobs"));
        }
        String home = System.getProperty("user.home");
        return home == null || home.isEmpty() ? null : new CompileCache(Path.of(home, ".cache", "rivulet", "jobs"));
    }

    /** A compiled job as cached: its classes, its top-level class names in order, javac's warnings. */
    record Entry(Map<String, byte[]> classes, List<String> topLevelClasses, List<String> warnings) {}

    /** The key of a source: what its classes depend on. */
    static String key(String source, String classPath, List<String> options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(
                    "format " + FORMAT,
                    System.getProperty("java.vm.version", ""),
                    classPath,
                    String.join("\u0000", options),
                    source)) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Optional<Entry> get(String key) {
        Path file = directory.resolve(key + ".classes");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream stream = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(stream)) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            Map<String, byte[]> classes = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                classes.put(name, bytes);
            }
            return Optional.of(new Entry(classes, readStrings(in), readStrings(in)));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "cannot read the cached classes " + file + "; compiling", e);
            return Optional.empty();
        }
    }

    void put(String key, Entry entry) {
        try {
            Files.createDirectories(directory);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(FORMAT);
                out.writeInt(entry.classes().size());
                for (Map.Entry<String, byte[]> each : entry.classes().entrySet()) {
                    out.writeUTF(each.getKey());
                    out.writeInt(each.getValue().length);
                    out.write(each.getValue());
                }
                writeStrings(out, entry.topLevelClasses());
                writeStrings(out, entry.warnings());
            }
            Path temporary = Files.createTempFile(directory, key, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                bytes.writeTo(out);
            }
            try {
                Files.move(temporary, directory.resolve(key + ".classes"), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, directory.resolve(key + ".classes"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "cannot cache the compiled classes in " + directory, e);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        List<String> strings = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            byte[] utf8 = new byte[in.readInt()];
            in.readFully(utf8);
            strings.add(new String(utf8, StandardCharsets.UTF_8));
        }
        return strings;
    }
}

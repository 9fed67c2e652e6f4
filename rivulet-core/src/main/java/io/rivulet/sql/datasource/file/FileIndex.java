package io.rivulet.sql.datasource.file;

import io.rivulet.io.Glob;
import io.rivulet.sql.types.StructType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of a table, listed once when the table is made (so a missing path fails there), as Spark's
 * {@code InMemoryFileIndex}:
 *
 * <ul>
 *   <li>each path is a file, a directory or a glob ({@link Glob}); a missing path fails with Spark 4's
 *       {@code [PATH_NOT_FOUND] Path does not exist: file:/x.};
 *   <li>a directory's files are listed recursively, sorted by path, leaving out hidden names (starting with
 *       {@code .}, or {@code _} without an {@code =}: {@code _SUCCESS}, staging directories);
 *   <li>{@code pathGlobFilter} keeps only the files whose names match a glob; {@code recursiveFileLookup} lists
 *       every file under the directories and turns partition discovery off;
 *   <li>directories named {@code column=value} between a root (a directory given, or {@code basePath}) and a file
 *       are its partition values ({@link PartitionDiscovery}).
 * </ul>
 */
public final class FileIndex {
    private final List<SourceFile> files;
    private final StructType partitionSchema;
    private final List<String> rootPaths;

    private FileIndex(List<SourceFile> files, StructType partitionSchema, List<String> rootPaths) {
        this.files = List.copyOf(files);
        this.partitionSchema = partitionSchema;
        this.rootPaths = List.copyOf(rootPaths);
    }

    /** Lists {@code paths} with {@code options}; partition columns the user's schema names take its types. */
    public static FileIndex list(List<String> paths, Options options, Optional<StructType> userSchema, ZoneId zone) {
        if (paths.isEmpty()) {
            throw new io.rivulet.sql.AnalysisException(
                    "UNABLE_TO_INFER_SCHEMA", "Unable to infer schema: no path was given to read.");
        }
        boolean recursive = options.getBoolean("recursiveFileLookup", false);
        Optional<PathMatcher> nameFilter = options.get("pathGlobFilter")
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob));
        List<Path> roots = new ArrayList<>();
        List<Listed> listed = new ArrayList<>();
        for (String given : paths) {
            for (Path path : resolve(given)) {
                BasicFileAttributes attributes = attributes(path);
                if (attributes.isDirectory()) {
                    roots.add(path);
                    listDirectory(path, path, nameFilter, listed);
                } else {
                    roots.add(path.getParent());
                    listed.add(new Listed(path, path.getParent(), attributes.size()));
                }
            }
        }
        Optional<Path> basePath = options.get("basePath").map(base -> absolute(base));
        List<String> rootNames = roots.stream().map(Path::toString).toList();
        if (recursive) {
            List<SourceFile> files = listed.stream()
                    .map(l -> new SourceFile(l.path.toString(), l.size, List.of()))
                    .toList();
            return new FileIndex(files, new StructType(), rootNames);
        }
        PartitionDiscovery discovery = new PartitionDiscovery(userSchema, options, zone);
        for (Listed l : listed) {
            discovery.add(l.path, basePath.orElse(l.root), l.size);
        }
        return new FileIndex(discovery.files(), discovery.schema(), rootNames);
    }

    private record Listed(Path path, Path root, long size) {}

    /** The files, in order: paths in the order given, each directory's files sorted by path. */
    public List<SourceFile> files() {
        return files;
    }

    /** The partition columns discovered (empty when there are none). */
    public StructType partitionSchema() {
        return partitionSchema;
    }

    public List<String> rootPaths() {
        return rootPaths;
    }

    public long totalBytes() {
        long total = 0;
        for (SourceFile file : files) {
            total += file.size();
        }
        return total;
    }

    private static List<Path> resolve(String given) {
        String path = withoutScheme(given);
        if (Glob.isPattern(path)) {
            List<Path> matches = Glob.match(path);
            if (matches.isEmpty()) {
                throw notFound(absolute(path));
            }
            return matches;
        }
        Path absolute = absolute(path);
        if (!Files.exists(absolute)) {
            throw notFound(absolute);
        }
        return List.of(absolute);
    }

    static String withoutScheme(String path) {
        if (path.startsWith("file://")) {
            return path.substring("file://".length());
        }
        if (path.startsWith("file:")) {
            return path.substring("file:".length());
        }
        return path;
    }

    private static Path absolute(String path) {
        return Path.of(withoutScheme(path)).toAbsolutePath().normalize();
    }

    /** Spark 4's error for a path that does not exist. */
    public static io.rivulet.sql.AnalysisException notFound(Path path) {
        return new io.rivulet.sql.AnalysisException("PATH_NOT_FOUND", "Path does not exist: file:" + path + ".");
    }

    private static void listDirectory(Path root, Path dir, Optional<PathMatcher> nameFilter, List<Listed> out) {
        List<Path> children;
        try (Stream<Path> stream = Files.list(dir)) {
            children = stream.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (isHidden(name)) {
                continue;
            }
            BasicFileAttributes attributes = attributes(child);
            if (attributes.isDirectory()) {
                listDirectory(root, child, nameFilter, out);
            } else if (attributes.isRegularFile()
                    && (nameFilter.isEmpty() || nameFilter.get().matches(child.getFileName()))) {
                out.add(new Listed(child, root, attributes.size()));
            }
        }
    }

    /** Spark's {@code shouldFilterOutPathName}: {@code .x}, {@code _x} (unless it holds {@code =}), {@code x._COPYING_}. */
    static boolean isHidden(String name) {
        return (name.startsWith("_") && !name.contains("=")) || name.startsWith(".") || name.endsWith("._COPYING_");
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException e) {
            throw notFound(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + path + ": " + e.getMessage(), e);
        }
    }

    /** Whether anything (a file, a directory, a link) is at {@code path}. */
    public static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }
}

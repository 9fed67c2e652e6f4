package io.rivulet.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the path a user gave {@code textFile} or {@code objectFile} into the list of files to read, as
 * Hadoop's {@code FileInputFormat} does, eagerly so that a bad path fails when the RDD is made:
 *
 * <ul>
 *   <li>a comma-separated list of entries, read in the order given (commas inside {@code {..}} belong to
 *       a glob);
 *   <li>an entry is a file, a directory (its regular files that pass a name filter, not recursively,
 *       sorted by name) or a glob ({@link Glob}) whose matches are such files and directories;
 *   <li>a missing path fails with {@code Input path does not exist: <absolute path>}, a glob that matches
 *       nothing with {@code Input pattern <pattern> matches 0 files}.
 * </ul>
 *
 * A {@code file:} prefix is accepted and dropped; other file systems ({@code hdfs://}, {@code s3a://})
 * are refused by name rather than reported as missing local paths.
 */
public final class InputFiles {
    /** For text input: every file except hidden ones ({@code .name}, {@code _SUCCESS}). */
    public static final Predicate<String> VISIBLE = name -> !Glob.isHidden(name);

    /** For object files: the part files that {@code saveAsObjectFile} writes. */
    public static final Predicate<String> PART_FILES = name -> name.startsWith("part-");

    private static final Pattern URI_SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):/.*");

    private InputFiles() {}

    /**
     * The files {@code paths} names, in order. {@code directoryFilter} chooses, by name, which files of a
     * directory are read; a file named directly (or matched by a glob) is read whatever its name.
     */
    public static List<InputFile> list(String paths, Predicate<String> directoryFilter) {
        requireNonNull(paths, "paths is null");
        requireNonNull(directoryFilter, "directoryFilter is null");
        List<InputFile> files = new ArrayList<>();
        for (String entry : splitList(paths)) {
            for (Path path : resolve(entry)) {
                addFiles(path, directoryFilter, files);
            }
        }
        return files;
    }

    private static List<String> splitList(String paths) {
        List<String> entries = new ArrayList<>();
        for (String entry : Glob.splitOutsideBraces(paths)) {
            if (entry.isEmpty()) {
                throw new IllegalArgumentException(
                        paths.isEmpty() ? "input path is empty" : "empty path in the input list '" + paths + "'");
            }
            entries.add(withoutFileScheme(entry));
        }
        return entries;
    }

    private static String withoutFileScheme(String entry) {
        Matcher scheme = URI_SCHEME.matcher(entry);
        if (!scheme.matches() || scheme.group(1).length() == 1) { // one letter: a Windows drive, C:/data
            return entry;
        }
        if (!scheme.group(1).equalsIgnoreCase("file")) {
            throw new IllegalArgumentException("unsupported file system '" + scheme.group(1) + "' in input path "
                    + entry + ": only local paths can be read");
        }
        String path = entry.substring("file:".length());
        // file:///data/x and file:/data/x both name /data/x; file://host/x names a host, which we do not serve.
        if (path.startsWith("///")) {
            return path.substring(2);
        }
        if (path.startsWith("//")) {
            throw new IllegalArgumentException("input path " + entry + " names a host: only local paths can be read");
        }
        return path;
    }

    private static List<Path> resolve(String entry) {
        if (Glob.isPattern(entry)) {
            List<Path> matches = Glob.match(entry);
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("Input pattern " + entry + " matches 0 files");
            }
            return matches;
        }
        Path absolute = Path.of(entry).toAbsolutePath();
        if (!Files.exists(absolute)) {
            throw new IllegalArgumentException("Input path does not exist: " + absolute);
        }
        return List.of(absolute);
    }

    private static void addFiles(Path path, Predicate<String> directoryFilter, List<InputFile> files) {
        BasicFileAttributes attributes = attributes(path);
        if (attributes == null) {
            throw new IllegalArgumentException("Input path does not exist: " + path);
        }
        if (attributes.isRegularFile()) {
            files.add(new InputFile(path, attributes.size()));
        } else if (attributes.isDirectory()) {
            files.addAll(listDirectory(path, directoryFilter));
        } else {
            throw new IllegalArgumentException("Input path is neither a file nor a directory: " + path);
        }
    }

    private static List<InputFile> listDirectory(Path dir, Predicate<String> filter) {
        List<InputFile> files = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                if (filter.test(child.getFileName().toString())) {
                    BasicFileAttributes attributes = attributes(child);
                    if (attributes != null && attributes.isRegularFile()) {
                        files.add(new InputFile(child, attributes.size()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list input directory " + dir + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(file -> file.path().getFileName().toString()));
        return files;
    }

    /** The attributes of {@code path}, following links; null when it vanished since it was listed. */
    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + path + ": " + e.getMessage(), e);
        }
    }

    /** The whole content of the file {@code path} as UTF-8 text, decompressed when it ends in {@code .gz}. */
    public static String readWhole(String path) throws java.io.IOException {
        Path file = Path.of(path);
        try (java.io.InputStream in = path.endsWith(".gz")
                ? new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file))
                : java.nio.file.Files.newInputStream(file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}

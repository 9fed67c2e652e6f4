package io.rivulet.sql.datasource.file;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.SaveMode;
import io.rivulet.sql.sources.SourceRequest;
import io.rivulet.sql.sources.WriteJob;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.storage.LocalDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The commit protocol of a file write (STYLE habit 7), as Spark's {@code HadoopMapReduceCommitProtocol} with one
 * staging directory beside the output:
 *
 * <ol>
 *   <li>when the job is made, a hidden sibling of the output {@code .<name>.rivulet-staging-<uuid>} is created,
 *       holding a {@code .lock} file locked for as long as the job runs;
 *   <li>each task attempt writes its files under {@code attempt-<partition>-<attempt>/} in it (in
 *       {@code column=value/} directories under {@code partitionBy}), named as Spark's
 *       {@code part-00003-<job uuid>-c000.json.gz}; committing the task renames its directory to
 *       {@code task-<partition>}; a failed attempt deletes its directory;
 *   <li>{@link #commit} gathers the committed tasks' files into {@code output/}, writes {@code _SUCCESS} and
 *       moves it into place: a rename to the output path (error or ignore mode: nothing was there; append to a
 *       missing path), the old output renamed aside and deleted only after the new one is in place (overwrite), or
 *       each file renamed into the existing directory (append); then deletes the staging directory and any stale
 *       staging directory of the same output whose lock nobody holds (a run that died);
 *   <li>{@link #abort} deletes the staging directory: nothing appears and an old output stays as it was.
 * </ol>
 *
 * Threading: task writers run on the task threads, each in its own directory; commit and abort on the job's.
 */
public final class FileWriteJob implements WriteJob {
    private static final long serialVersionUID = 1L;
    static final String SUCCESS_MARKER = "_SUCCESS";
    private static final String STAGING_INFIX = ".rivulet-staging-";

    private final String output;
    private final String staging;
    private final String jobUuid;
    private final FormatWriter.Factory factory;
    private final Compression compression;
    /** Where an overwrite keeps the old output until the new one is in place. */
    private static final String PREVIOUS_OUTPUT = "previous-output";

    private final StructType schema;
    private final int[] dataColumns;
    private final int[] partitionColumns;
    private final SaveMode mode;
    private final ZoneId zone;
    private transient FileChannel lockChannel;
    private transient FileLock lock;

    private FileWriteJob(
            Path output,
            FormatWriter.Factory factory,
            Compression compression,
            StructType schema,
            int[] dataColumns,
            int[] partitionColumns,
            SaveMode mode,
            ZoneId zone) {
        this.output = output.toString();
        this.jobUuid = UUID.randomUUID().toString();
        this.staging = output.resolveSibling("." + output.getFileName() + STAGING_INFIX + jobUuid)
                .toString();
        this.factory = requireNonNull(factory, "factory is null");
        this.compression = compression;
        this.schema = schema;
        this.dataColumns = dataColumns;
        this.partitionColumns = partitionColumns;
        this.mode = mode;
        this.zone = zone;
    }

    /** The job writing {@code schema}'s rows in {@code format} as {@code request} says; creates the staging area. */
    public static FileWriteJob create(FileFormat format, SourceRequest request, StructType schema) {
        if (request.paths().size() != 1) {
            throw new IllegalArgumentException(
                    "Expected exactly one path to be specified, but got: " + String.join(", ", request.paths()));
        }
        Path output = Path.of(FileIndex.withoutScheme(request.paths().get(0)))
                .toAbsolutePath()
                .normalize();
        if (output.getParent() == null) {
            throw new IllegalArgumentException("Cannot write to the root directory " + output);
        }
        Options options = new Options(request.options());
        int[] partitions = partitionIndexes(schema, request.partitionColumns());
        List<StructField> data = new ArrayList<>();
        List<Integer> dataIndexes = new ArrayList<>();
        for (int i = 0; i < schema.length(); i++) {
            if (!contains(partitions, i)) {
                data.add(schema.field(i));
                dataIndexes.add(i);
            }
        }
        StructType dataSchema = new StructType(data);
        FormatWriter.Factory factory =
                format.writerFactory(dataSchema, options, request.session().timeZone());
        FileWriteJob job = new FileWriteJob(
                output,
                factory,
                Compression.ofOptions(options),
                schema,
                dataIndexes.stream().mapToInt(Integer::intValue).toArray(),
                partitions,
                request.saveMode(),
                options.get("timeZone").map(ZoneId::of).orElse(request.session().timeZone()));
        job.setUp();
        return job;
    }

    private static int[] partitionIndexes(StructType schema, List<String> columns) {
        int[] indexes = new int[columns.size()];
        for (int i = 0; i < indexes.length; i++) {
            OptionalInt index = schema.getFieldIndexCaseInsensitive(columns.get(i));
            if (index.isEmpty()) {
                throw new IllegalArgumentException(
                        "Partition column `" + columns.get(i) + "` not found in schema " + schema.simpleString());
            }
            if (!TextValues.isScalar(schema.field(index.getAsInt()).dataType())) {
                throw new IllegalArgumentException("Cannot use "
                        + schema.field(index.getAsInt()).dataType().sql() + " for partition column `" + columns.get(i)
                        + "`");
            }
            indexes[i] = index.getAsInt();
        }
        if (indexes.length > 0 && indexes.length == schema.length()) {
            throw new IllegalArgumentException("Cannot use all columns for partition columns");
        }
        return indexes;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private void setUp() {
        Path dir = Path.of(staging);
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockChannel.tryLock();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staging directory " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path output() {
        return Path.of(output);
    }

    public Path staging() {
        return Path.of(staging);
    }

    String jobUuid() {
        return jobUuid;
    }

    FormatWriter.Factory factory() {
        return factory;
    }

    Compression compression() {
        return compression;
    }

    StructType schema() {
        return schema;
    }

    int[] dataColumns() {
        return dataColumns;
    }

    int[] partitionColumns() {
        return partitionColumns;
    }

    ZoneId zone() {
        return zone;
    }

    /** {@code part-00003-<uuid>-c000.json.gz}. */
    String fileName(int partition, int fileIndex) {
        return String.format(
                Locale.ROOT,
                "part-%05d-%s-c%03d%s%s",
                partition,
                jobUuid,
                fileIndex,
                factory.extension(),
                compression.extension());
    }

    @Override
    public TaskWriter taskWriter(int partition, long taskId, int attempt) {
        return new FileTaskWriter(this, partition, attempt);
    }

    @Override
    public void commit(List<TaskCommit> committed) {
        Path stagingDir = Path.of(staging);
        Path gathered = stagingDir.resolve("output");
        try {
            Files.createDirectories(gathered);
            for (TaskCommit commit : committed) {
                FileTaskWriter.Committed task = (FileTaskWriter.Committed) commit;
                Path taskDir = stagingDir.resolve(task.taskDirectory());
                for (String file : task.files()) {
                    Path target = gathered.resolve(file);
                    Files.createDirectories(target.getParent());
                    Files.move(taskDir.resolve(file), target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.createFile(gathered.resolve(SUCCESS_MARKER));
            publish(gathered);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the write to " + output + ": " + e.getMessage(), e);
        }
        release();
        LocalDirs.deleteRecursively(stagingDir);
        removeStaleStagingDirectories();
    }

    private void publish(Path gathered) throws IOException {
        Path target = Path.of(output);
        boolean exists = FileIndex.exists(target);
        if (!exists) {
            Files.createDirectories(target.getParent());
            moveInto(gathered, target);
        } else if (mode == SaveMode.OVERWRITE) {
            Path old = Path.of(staging).resolve(PREVIOUS_OUTPUT);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            try {
                Files.move(gathered, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE); // put the old output back
                throw e;
            }
        } else if (mode == SaveMode.APPEND && Files.isDirectory(target)) {
            appendInto(gathered, target);
        } else {
            throw alreadyExists(target);
        }
    }

    private static void moveInto(Path gathered, Path target) throws IOException {
        try {
            Files.move(gathered, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
            throw alreadyExists(target);
        }
    }

    private static void appendInto(Path gathered, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(gathered)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path destination = target.resolve(gathered.relativize(file).toString());
            Files.createDirectories(destination.getParent());
            Files.move(file, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The error of a write whose output path is taken (by a file too), naming it. */
    public static UncheckedIOException alreadyExists(Path path) {
        return new UncheckedIOException(
                "Output directory " + path + " already exists",
                new java.nio.file.FileAlreadyExistsException(path.toString()));
    }

    @Override
    public void abort() {
        release();
        LocalDirs.deleteRecursively(Path.of(staging));
    }

    private void release() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            // the staging directory goes anyway
        } finally {
            lock = null;
            lockChannel = null;
        }
    }

    /**
     * Puts back the output an overwrite moved aside when its process died before the new output was in place:
     * then {@code output} is missing and a staging directory whose lock is free holds the old output. Called
     * before a write looks at its path, so that the next write (and its mode's check) sees the old output again
     * and the stale-directory sweep never deletes the only copy.
     */
    public static void recoverInterruptedOverwrite(Path output) {
        Path parent = output.getParent();
        if (parent == null || !Files.isDirectory(parent) || Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String prefix = "." + output.getFileName() + STAGING_INFIX;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path sibling : siblings) {
                Path previous = sibling.resolve(PREVIOUS_OUTPUT);
                if (Files.exists(previous, LinkOption.NOFOLLOW_LINKS) && isStale(sibling)) {
                    Files.move(previous, output, StandardCopyOption.ATOMIC_MOVE);
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot restore the previous output of " + output + " from an interrupted overwrite: "
                            + e.getMessage(),
                    e);
        }
    }

    /** Staging directories of this output left by runs that died: their lock is free. */
    private void removeStaleStagingDirectories() {
        Path target = Path.of(output);
        String prefix = "." + target.getFileName() + STAGING_INFIX;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), prefix + "*")) {
            for (Path sibling : siblings) {
                if (isStale(sibling)) {
                    LocalDirs.deleteRecursively(sibling);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: a later commit tries again
        }
    }

    static boolean isStale(Path stagingDir) {
        Path lockFile = stagingDir.resolve(".lock");
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock free = channel.tryLock();
            if (free == null) {
                return false; // another process holds it
            }
            free.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // a job of this JVM holds it
        } catch (IOException e) {
            return false;
        }
    }
}

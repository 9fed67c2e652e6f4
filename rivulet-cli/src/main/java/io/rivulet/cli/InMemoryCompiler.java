package io.rivulet.cli;

import static java.util.Objects.requireNonNull;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a single-file Java program in memory, as {@code java Job.java} does: no class files are written, the
 * classes are defined by a {@link MemoryClassLoader} whose parent is the command line's own loader, so the job
 * sees rivulet-core and everything else on the class path.
 *
 * <p>The javac options are the source launcher's ({@code -proc:none}, verbose diagnostics, deprecation and
 * unchecked warnings) plus {@code --release 17}. As with the source launcher, the file's name need not match
 * its public class.
 */
final class InMemoryCompiler {
    private final String classPath;

    /** @param classPath the class path jobs compile against, in the platform's format */
    InMemoryCompiler(String classPath) {
        this.classPath = requireNonNull(classPath, "classPath is null");
    }

    /** A compiler for jobs that use what this JVM runs on: its {@code java.class.path}. */
    static InMemoryCompiler forCurrentClassPath() {
        return new InMemoryCompiler(System.getProperty("java.class.path", ""));
    }

    /** The classes of one compiled source file: a loader holding them and their top-level names in order. */
    record CompiledJob(MemoryClassLoader classLoader, List<String> topLevelClasses, List<String> warnings) {
        CompiledJob {
            requireNonNull(classLoader, "classLoader is null");
            topLevelClasses = List.copyOf(topLevelClasses);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Compiles {@code file}, whose classes load with {@code parent} as their parent loader.
     *
     * @throws CompilationFailedException when javac reports an error, with javac's report
     * @throws CliException when there is no compiler or the file cannot be read
     */
    CompiledJob compile(Path file, ClassLoader parent) throws CompilationFailedException {
        return compile(file, parent, null);
    }

    /**
     * {@link #compile(Path, ClassLoader)} through {@code cache} (null for none): an unchanged file compiled
     * against the same class path by the same Java is not compiled again.
     */
    CompiledJob compile(Path file, ClassLoader parent, CompileCache cache) throws CompilationFailedException {
        if (cache == null) {
            return compileNow(file, parent);
        }
        SourceFile source = SourceFile.read(file);
        String key = CompileCache.key(source.content(), classPath, options());
        Optional<CompileCache.Entry> cached = cache.get(key);
        if (cached.isPresent()) {
            CompileCache.Entry entry = cached.get();
            return new CompiledJob(
                    new MemoryClassLoader(entry.classes(), parent, file), entry.topLevelClasses(), entry.warnings());
        }
        CompiledJob compiled = compileNow(file, parent);
        cache.put(
                key,
                new CompileCache.Entry(
                        compiled.classLoader().classBytes(), compiled.topLevelClasses(), compiled.warnings()));
        return compiled;
    }

    private CompiledJob compileNow(Path file, ClassLoader parent) throws CompilationFailedException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new CliException("compiling " + file + " needs a JDK, but the Java in "
                    + System.getProperty("java.home") + " has no compiler: use a JDK, or run a jar with --class");
        }
        SourceFile source = SourceFile.read(file);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter otherOutput = new StringWriter();
        StandardJavaFileManager standard =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
        try (ClassFileCollector classFiles = new ClassFileCollector(standard)) {
            JavacTask task = (JavacTask)
                    compiler.getTask(otherOutput, classFiles, diagnostics, options(), null, List.of(source));
            List<String> topLevel = topLevelClasses(task.parse());
            if (!hasErrors(diagnostics)) {
                task.generate();
            }
            List<String> errors = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                (diagnostic.getKind() == Diagnostic.Kind.ERROR ? errors : warnings)
                        .add(DiagnosticFormat.format(diagnostic, source));
            }
            if (!otherOutput.toString().isBlank()) {
                warnings.add(otherOutput.toString().strip());
            }
            if (!errors.isEmpty()) {
                throw new CompilationFailedException(file, errors, warnings);
            }
            return new CompiledJob(new MemoryClassLoader(classFiles.classes(), parent, file), topLevel, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("compiling " + file, e);
        }
    }

    private List<String> options() {
        return List.of(
                "--release",
                "17",
                "-classpath",
                classPath,
                "-proc:none",
                "-Xdiags:verbose",
                "-Xlint:deprecation",
                "-Xlint:unchecked",
                "-Xlint:-options");
    }

    private static boolean hasErrors(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    }

    /** Binary names of the top-level classes, interfaces, enums and records, in the order the file declares them. */
    private static List<String> topLevelClasses(Iterable<? extends CompilationUnitTree> units) {
        List<String> names = new ArrayList<>();
        for (CompilationUnitTree unit : units) {
            String prefix = unit.getPackageName() == null ? "" : unit.getPackageName() + ".";
            for (Tree declaration : unit.getTypeDecls()) {
                if (declaration instanceof ClassTree type) {
                    names.add(prefix + type.getSimpleName());
                }
            }
        }
        return names;
    }

    /** The job's source, read once, so diagnostics can quote its lines. */
    static final class SourceFile extends SimpleJavaFileObject {
        private final String displayName;
        private final String content;

        private SourceFile(Path file, String content) {
            super(file.toAbsolutePath().toUri(), Kind.SOURCE);
            this.displayName = file.toString();
            this.content = content;
        }

        static SourceFile read(Path file) {
            try {
                return new SourceFile(file, Files.readString(file, StandardCharsets.UTF_8));
            } catch (CharacterCodingException e) {
                throw new CliException("cannot read " + file + ": it is not UTF-8 text");
            } catch (IOException e) {
                throw new CliException("cannot read " + file + ": " + e);
            }
        }

        /** The path as the user gave it, so messages read {@code examples/Job.java:3: error: ...}. */
        @Override
        public String getName() {
            return displayName;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return content;
        }

        /** Any class name fits, as in the source launcher: {@code scratch.java} may hold {@code public class Job}. */
        @Override
        public boolean isNameCompatible(String simpleName, Kind kind) {
            return kind == Kind.SOURCE;
        }

        String content() {
            return content;
        }
    }
}

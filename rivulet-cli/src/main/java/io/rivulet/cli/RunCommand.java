package io.rivulet.cli;

import io.rivulet.internal.RivuletInternals;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rivulet run [options] Job.java [args...]} and {@code rivulet run --class com.acme.Job app.jar [args...]}.
 *
 * <p>Three steps: the options become system properties ({@link SubmitOptions}); the job's classes come from the
 * source file compiled in memory ({@link InMemoryCompiler}) or from the jar; {@link JobLauncher} runs the main
 * method with those properties set. The job builds its own {@code Rivulet}, which reads them.
 *
 * <p>Progress and the web UI are options too, each turned into a {@code rivulet.*} setting
 * ({@code rivulet.ui.showConsoleProgress}, {@code rivulet.ui.enabled}) that the job's {@code Rivulet} acts on, so
 * that a job started with plain {@code java} can have them as well. The web UI is on by default here (it is off
 * for the library).
 *
 * <p>Exit status: 0 when main returned; 1 when the job did not compile, could not be found in its file, or threw;
 * 2 when the command line itself is wrong (an option's value, a missing file).
 */
@Command(
        name = RunCommand.NAME,
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        descriptionHeading = "%n",
        parameterListHeading = "%nParameters:%n",
        optionListHeading = "%nOptions:%n",
        header = "Runs a job: a single-file Java program, compiled in memory, or a jar.",
        description = {
            "The job's main method runs in this JVM. A .java file is compiled in memory (like java Job.java) and "
                    + "its first top-level class with a main method runs; a jar runs its Main-Class, or the class "
                    + "given with --class.",
            "Options go before <job>: everything after it is passed to the job. What the job sets on its own "
                    + "Rivulet.builder() wins over the options.",
            "The job's output goes to stdout; the progress bar and Rivulet's messages go to stderr."
        },
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:the job's main method returned",
            "1:the job did not compile, was not found in its file, or threw",
            "2:invalid command line"
        },
        footerHeading = "%n",
        footer = {
            "Settings: each option sets a Java system property that Rivulet.builder() reads.",
            "  --master, --num-executors, --executor-cores  rivulet.master",
            "  --name                                       rivulet.app.name",
            "  --executor-memory                            rivulet.executor.memory",
            "  --[no-]progress                              rivulet.ui.showConsoleProgress",
            "  --[no-]ui                                    rivulet.ui.enabled",
            "",
            "Examples:",
            "  rivulet run examples/WordCount.java README.md",
            "  rivulet run --master local[2] --executor-memory 512m Job.java input.txt",
            "  rivulet run --num-executors 2 --executor-cores 3 Job.java",
            "  rivulet run --conf rivulet.task.maxFailures=8 --conf mode=test Job.java",
            "  rivulet run --no-progress --no-ui Job.java > counts.txt",
            "  rivulet run --class com.acme.Job app.jar 2024-01-01",
            "  RIVULET_JAVA_OPTS=-Xmx4g rivulet run Job.java big-input/"
        })
final class RunCommand implements Callable<Integer> {
    static final String NAME = "run";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--class",
            paramLabel = "<class>",
            description = "The class whose main method runs: needed for a jar without a Main-Class; picks a class "
                    + "of a source file.")
    private String className;

    @Mixin
    private SubmitOptions submit;

    @Parameters(index = "0", paramLabel = "<job>", description = "A single-file Java program (Job.java) or a jar.")
    private Path job;

    @Parameters(index = "1..*", paramLabel = "<args>", description = "The arguments of the job's main method.")
    private List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        Map<String, String> properties = systemProperties();
        checkJobFile();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Method main = isJar() ? mainOfJar() : mainOfSource(err);
            err.flush();
            JobLauncher.run(main, args, properties);
            closeWhatTheJobLeftOpen(err);
            return 0;
        } catch (CompilationFailedException e) {
            err.print(e.report());
            return Main.JOB_FAILED;
        } catch (JobException e) {
            e.printTo(err);
            return Main.JOB_FAILED;
        } catch (CliException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            return Main.JOB_FAILED;
        } finally {
            err.flush();
        }
    }

    /**
     * Closes the {@code Rivulet}s that the job's {@code main} returned without closing (their threads, web UI
     * and temporary files would otherwise stay until the JVM exits), and says so once.
     */
    private void closeWhatTheJobLeftOpen(PrintWriter err) {
        List<String> apps = RivuletInternals.closeAllOpen();
        if (!apps.isEmpty()) {
            err.println(spec.qualifiedName() + ": the job's main returned without closing "
                    + (apps.size() == 1 ? "its Rivulet" : apps.size() + " Rivulets") + " (app "
                    + String.join(
                            ", ", apps.stream().map(app -> "'" + app + "'").toList())
                    + "): closed; call close(), or use try-with-resources");
        }
    }

    /** The options as system properties; a bad value is an invalid command line. */
    private Map<String, String> systemProperties() {
        try {
            return submit.systemProperties();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private void checkJobFile() {
        if (!Files.isRegularFile(job)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + job);
        }
        if (!isJar() && !isSource()) {
            throw new ParameterException(spec.commandLine(), "expected a .java source file or a .jar, but got " + job);
        }
    }

    private boolean isJar() {
        return job.getFileName().toString().endsWith(".jar");
    }

    private boolean isSource() {
        return job.getFileName().toString().endsWith(".java");
    }

    private Method mainOfSource(PrintWriter err) throws CompilationFailedException {
        InMemoryCompiler.CompiledJob compiled = InMemoryCompiler.forCurrentClassPath()
                .compile(job, Main.class.getClassLoader(), CompileCache.standard());
        compiled.warnings().forEach(err::println);
        if (className != null) {
            return JobLauncher.mainOf(compiled.classLoader(), className, job.toString());
        }
        return JobLauncher.firstMain(compiled.classLoader(), compiled.topLevelClasses())
                .orElseThrow(() -> new CliException(
                        "no top-level class in " + job + " has a method public static void main(String[] args)"));
    }

    private Method mainOfJar() {
        String name = Optional.ofNullable(className)
                .or(this::manifestMainClass)
                .orElseThrow(() ->
                        new CliException(job + " names no Main-Class in its manifest: give the class with --class"));
        // Not closed: threads the job starts may load classes from it after main returns.
        URLClassLoader loader = new URLClassLoader(new URL[] {jarUrl()}, Main.class.getClassLoader());
        return JobLauncher.mainOf(loader, name, job.toString());
    }

    private URL jarUrl() {
        try {
            return job.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a file path should make a URL: " + job, e);
        }
    }

    private Optional<String> manifestMainClass() {
        try (JarFile jar = new JarFile(job.toFile())) {
            Manifest manifest = jar.getManifest();
            return Optional.ofNullable(manifest)
                    .map(m -> m.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS))
                    .map(String::trim);
        } catch (IOException e) {
            throw new CliException("cannot read the jar " + job + ": " + e.getMessage(), e);
        }
    }
}

package io.rivulet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InMemoryCompilerTest {
    @TempDir
    Path dir;

    private final InMemoryCompiler compiler = InMemoryCompiler.forCurrentClassPath();

    @Test
    void listsTopLevelClassesInOrderAndLoadsThemFromMemory() throws Exception {
        Path file = Files.writeString(dir.resolve("Shapes.java"), """
                package shapes;

                interface Shape { double area(); }

                record Square(double side) implements Shape {
                    public double area() { return side * side; }
                }

                enum Unit { CM, M }
                """);

        InMemoryCompiler.CompiledJob job = compiler.compile(file, getClass().getClassLoader());

        assertThat(job.topLevelClasses()).containsExactly("shapes.Shape", "shapes.Square", "shapes.Unit");
        assertThat(job.warnings()).isEmpty();
        Class<?> square = job.classLoader().loadClass("shapes.Square");
        assertThat(square.getClassLoader()).isSameAs(job.classLoader());
        assertThat(job.classLoader().getParent()).isSameAs(getClass().getClassLoader());
        assertThat(square.getProtectionDomain().getCodeSource().getLocation())
                .isEqualTo(file.toUri().toURL());
        assertThat(dir.toFile().list()).containsExactly("Shapes.java"); // no class files written
    }

    @Test
    void errorsAreReportedLikeJavacWithTheLineAndACaret() throws IOException {
        Path file = Files.writeString(dir.resolve("Typo.java"), """
                public class Typo {
                    public static void main(String[] args) {
                \tSystem.out.printn("hi");
                    }
                }
                """);

        assertThatThrownBy(() -> compiler.compile(file, getClass().getClassLoader()))
                .isInstanceOfSatisfying(
                        CompilationFailedException.class,
                        e -> assertThat(e.report().lines())
                                .containsExactly(
                                        file + ":3: error: cannot find symbol",
                                        "\tSystem.out.printn(\"hi\");",
                                        "\t          ^",
                                        "  symbol:   method printn(java.lang.String)",
                                        "  location: variable out of type java.io.PrintStream",
                                        "1 error"));
    }

    @Test
    void warningsAreKeptAndDoNotStopTheCompilation() throws Exception {
        Path file = Files.writeString(dir.resolve("Raw.java"), """
                import java.util.ArrayList;
                import java.util.List;

                class Raw {
                    @SuppressWarnings("rawtypes")
                    static List make() {
                        List list = new ArrayList();
                        list.add("x");
                        return list;
                    }
                }
                """);

        InMemoryCompiler.CompiledJob job = compiler.compile(file, getClass().getClassLoader());

        assertThat(job.warnings())
                .singleElement()
                .asString()
                .startsWith(file + ":8: warning: unchecked call to add(E)");
    }

    @Test
    void unreadableSourceIsAUserError() throws IOException {
        Path file = Files.write(dir.resolve("Latin1.java"), new byte[] {'c', 'l', 'a', 's', 's', ' ', (byte) 0xE9});

        assertThatThrownBy(() -> compiler.compile(file, getClass().getClassLoader()))
                .isInstanceOf(CliException.class)
                .hasMessage("cannot read " + file + ": it is not UTF-8 text");
    }
}

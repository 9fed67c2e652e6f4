package io.rivulet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The picture of the packages and their imports in {@code docs/design/packages.md} is drawn from the compiled
 * classes: this test draws it again and fails, printing the new picture, when the file differs. The SQL layer's
 * packages are one box ({@code sql}) without its arrows (nothing below may point at it: {@link LayeringTest});
 * {@code io.rivulet} is two boxes, its value types and its facade.
 */
class PackageDiagramTest {
    private static final Path DOC = Path.of("..", "docs", "design", "packages.md");
    private static final String START = "```mermaid\n";
    private static final String END = "```\n";

    /** The layers, bottom first, and the boxes in each (ARCHITECTURE.md, "Layers, bottom to top"). */
    private static final Map<String, List<String>> LAYERS = layers();

    private static Map<String, List<String>> layers() {
        Map<String, List<String>> layers = new java.util.LinkedHashMap<>();
        layers.put("base", List.of("util", "function", "config", "task", "values"));
        layers.put("memory", List.of("serializer", "memory"));
        layers.put("storage", List.of("storage", "shuffle", "io"));
        layers.put("lineage", List.of("rdd"));
        layers.put("scheduling", List.of("scheduler"));
        layers.put("status", List.of("status", "ui", "progress"));
        layers.put("composition", List.of("engine"));
        layers.put("facade", List.of("facade", "internal"));
        layers.put("dataframes", List.of("sql"));
        return layers;
    }

    @Test
    void theDrawnPictureIsTheCode() throws IOException {
        String expected = diagram();
        String doc = Files.readString(DOC);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END, start + START.length());
        assertThat(start).as(DOC + " has a mermaid block").isNotNegative();
        assertThat(doc.substring(start, end + END.length()))
                .as("redraw " + DOC + " (build/redraw-packages.sh does) with this block:\n" + expected)
                .isEqualTo(expected);
    }

    static String diagram() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.rivulet");
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass origin : classes) {
            String from = box(origin);
            if (from.equals("sql")) {
                continue; // the DataFrame layer's own imports are its own picture; here it is one box on top
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (!target.getPackageName().startsWith("io.rivulet")) {
                    continue;
                }
                String to = box(target);
                if (!to.equals(from)) {
                    edges.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        StringBuilder out = new StringBuilder(START).append("graph BT\n");
        for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
            out.append("  subgraph ").append(layer.getKey()).append('\n');
            for (String box : layer.getValue()) {
                out.append("    ").append(box).append('\n');
            }
            out.append("  end\n");
        }
        edges.forEach((from, tos) -> tos.forEach(
                to -> out.append("  ").append(from).append(" --> ").append(to).append('\n')));
        return out.append(END).toString();
    }

    private static String box(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (name.equals("io.rivulet")) {
            String topLevel = javaClass.getName().replaceFirst("\\$.*", "");
            return Set.of(
                                    "io.rivulet.Rivulet",
                                    "io.rivulet.RDD",
                                    "io.rivulet.PairRDD",
                                    "io.rivulet.DoubleRDD",
                                    "io.rivulet.RangePartitioner")
                            .contains(topLevel)
                    ? "facade"
                    : "values";
        }
        String rest = name.substring("io.rivulet.".length());
        return rest.startsWith("sql") ? "sql" : rest.replaceFirst("\\..*", "");
    }
}

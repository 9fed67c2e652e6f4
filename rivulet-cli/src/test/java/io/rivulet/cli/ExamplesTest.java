package io.rivulet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every job in {@code examples/} runs through {@code rivulet run}, in this JVM, and prints what it should. */
class ExamplesTest {
    private static final Path EXAMPLES = findExamples();

    @TempDir
    Path dir;

    @Test
    void wordCountPrintsTheMostFrequentWordsFirst() throws IOException {
        Path text = Files.writeString(dir.resolve("text.txt"), """
                To be, or not to be: that is the question.
                Whether 'tis nobler in the mind to suffer
                """);

        List<String> lines = run("WordCount.java", text.toString());

        assertThat(lines)
                .containsExactly(
                        "to\t3",
                        "be\t2",
                        "the\t2",
                        "in\t1",
                        "is\t1",
                        "mind\t1",
                        "nobler\t1",
                        "not\t1",
                        "or\t1",
                        "question\t1");
    }

    @Test
    void tokenCountIsTheNotesCountByValue() throws IOException {
        assertThat(run("TokenCount.java")).containsExactly("Hello,\t2", "World!\t1", "there!\t1");

        Path text = Files.writeString(dir.resolve("tokens.txt"), "b a  b\n\nc b\n");
        assertThat(run("TokenCount.java", text.toString())).containsExactly("a\t1", "b\t3", "c\t1");
    }

    @Test
    void peopleByCountryAggregatesTheShippedJsonLines() {
        List<String> lines = run(
                "PeopleByCountry.java", EXAMPLES.resolve("data/people.jsonl").toString());

        assertThat(lines)
                .containsExactly(
                        "country      people  average age  oldest",
                        "Switzerland       5         59.2  Klara Schmid (80)",
                        "Germany           4         53.8  Dmitri Volkov (71)",
                        "Sweden            4         46.7  Sven Larsson (62)",
                        "France            3         46.0  Hugo Lefèvre (58)",
                        "Italy             3         39.7  Bruno Rossi (52)",
                        "Spain             3         30.0  Elena García (44)",
                        "(unknown)         1         34.0  Quinn O'Brien (34)",
                        "skipped 1 line(s) that are not JSON objects");
    }

    @Test
    void peopleDataFrameGivesPeopleByCountrysAnswerThroughTheApiAndSql() {
        List<String> lines = run(
                "PeopleDataFrame.java", EXAMPLES.resolve("data/people.jsonl").toString());

        assertThat(lines)
                .contains(
                        "root",
                        " |-- age: long (nullable = true)",
                        " |-- languages: array (nullable = true)",
                        " |    |-- element: string (containsNull = true)",
                        "|Switzerland|     5|       59.2|    80|",
                        "|  (unknown)|     1|       34.0|    34|",
                        "malformed lines: 1");
        // The SQL query: the countries with at least two people of 65 or more, in descending order.
        int header = lines.indexOf("|    country|  n|");
        assertThat(header).as("the SQL answer's header in %s", lines).isPositive();
        assertThat(lines.subList(header + 2, header + 5))
                .containsExactly("|Switzerland|  3|", "|    Germany|  2|", "+-----------+---+");
        assertThat(lines).anyMatch(line -> line.startsWith("== Physical Plan =="));
    }

    @Test
    void pageRankMatchesAPlainComputationAndShufflesOnlyTheContributions() throws IOException {
        Path links = EXAMPLES.resolve("data/links.txt");

        List<String> lines = run("PageRank.java", links.toString(), "10");

        List<String> expected = new ArrayList<>(expectedRanks(links, 10));
        // The links are shuffled once; each iteration shuffles its contributions; the joins shuffle nothing.
        expected.add("12 stages, 11 shuffles for 10 iterations");
        assertThat(lines).containsExactlyElementsOf(expected);
    }

    /** {@code rivulet run --master local[2] --no-ui --no-progress examples/<example> args...}: its stdout lines. */
    private static List<String> run(String example, String... args) {
        List<String> command = new ArrayList<>(List.of(
                "run",
                "--master",
                "local[2]",
                "--no-ui",
                "--no-progress",
                EXAMPLES.resolve(example).toString()));
        command.addAll(List.of(args));

        Cli.Result result = Cli.rivulet(command.toArray(new String[0]));

        assertThat(result.err()).as("stderr of %s", example).isEmpty();
        assertThat(result.exitCode()).isZero();
        return result.out().lines().toList();
    }

    /** PageRank in plain Java, printed as the example prints it. */
    private static List<String> expectedRanks(Path file, int iterations) throws IOException {
        Map<String, TreeSet<String>> links = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] pages = line.trim().split("\\s+");
                links.computeIfAbsent(pages[0], page -> new TreeSet<>()).add(pages[1]);
            }
        }
        Map<String, Double> ranks = new TreeMap<>();
        links.keySet().forEach(page -> ranks.put(page, 1.0));
        for (int i = 0; i < iterations; i++) {
            Map<String, Double> received = new TreeMap<>();
            links.forEach((page, targets) -> {
                Double rank = ranks.get(page);
                if (rank != null) {
                    targets.forEach(target -> received.merge(target, rank / targets.size(), Double::sum));
                }
            });
            ranks.clear();
            received.forEach((page, sum) -> ranks.put(page, 0.15 + 0.85 * sum));
        }
        return ranks.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> String.format(Locale.ROOT, "%-10s %.4f", entry.getKey(), entry.getValue()))
                .toList();
    }

    /** The repository's examples directory, from this module's directory (where Maven runs the tests) or above. */
    private static Path findExamples() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve("examples/WordCount.java"))) {
                return at.resolve("examples");
            }
        }
        throw new IllegalStateException(
                "no examples/WordCount.java above " + Path.of("").toAbsolutePath());
    }
}

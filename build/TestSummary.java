import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The test summary of `mvn verify`, one line per module, run by the exec plugin in each module's verify phase
 * (the parent pom binds it): `rivulet-core: 1280 tests, 1279 passed, 1 failed (SpillTest.x), 3 skipped (the
 * browser tests: no chromedriver)`. Surefire is told to ignore failures (testFailureIgnore), so that a failure in
 * rivulet-core does not stop the build before rivulet-cli's tests have run; the last module of the build then
 * fails it, naming every module that had failures.
 *
 * Arguments: the module's artifact id, its surefire reports directory, the directory where modules leave their
 * results for the last one (under the root's target/), the reactor's projects as Maven prints them, and when the
 * build started (reports older than that are an earlier build's). The last module does not fail itself: it
 * writes FAILED-<module> into the results directory, which an enforcer rule of the parent pom then refuses, with the
 * message below and no stack trace.
 */
public final class TestSummary {
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(tests|failures|errors|skipped)=\"(\\d+)\"");
    private static final Pattern CASE = Pattern.compile(
            "<testcase name=\"([^\"]*)\" classname=\"([^\"]*)\"[^>]*?(/>|>(.*?)</testcase>)", Pattern.DOTALL);
    private static final Pattern SKIPPED_MESSAGE = Pattern.compile("<skipped(?: message=\"([^\"]*)\")?");
    private static final Pattern PROJECT = Pattern.compile("MavenProject: [^:]+:([^:]+):");

    public static void main(String[] args) throws IOException {
        String module = args[0];
        Path reports = Path.of(args[1]);
        Path results = Path.of(args[2]);
        long buildStart = buildStartMillis(args.length > 4 ? args[4] : "");
        List<String> projects = new ArrayList<>();
        Matcher project = PROJECT.matcher(args[3]);
        while (project.find()) {
            projects.add(project.group(1));
        }
        if (!projects.isEmpty() && projects.get(0).equals(module)) {
            deleteResults(results); // the first module of the build: what earlier builds left is not ours
        }
        String line = summarize(module, reports, buildStart);
        if (line != null) {
            System.out.println(line);
            System.out.flush();
            Files.createDirectories(results);
            Files.writeString(results.resolve(module + ".txt"), line + "\n", StandardCharsets.UTF_8);
        }
        boolean last = projects.isEmpty() || projects.get(projects.size() - 1).equals(module);
        if (last) {
            List<String> failed = new ArrayList<>();
            if (Files.isDirectory(results)) {
                try (Stream<Path> files = Files.list(results)) {
                    for (Path file : files.sorted().toList()) {
                        String result = Files.readString(file, StandardCharsets.UTF_8).strip();
                        if (result.matches(".* [1-9]\\d* failed.*")) {
                            failed.add(file.getFileName().toString().replace(".txt", ""));
                        }
                    }
                }
            }
            if (!failed.isEmpty()) {
                Files.writeString(
                        results.resolve("FAILED-" + module),
                        "tests failed in " + String.join(", ", failed) + "\n",
                        StandardCharsets.UTF_8);
            }
        }
    }

    /** The module's line, or null when it has no test reports (a module without tests, or tests skipped). */
    static String summarize(String module, Path reports, long buildStart) throws IOException {
        if (!Files.isDirectory(reports)) {
            return null;
        }
        long tests = 0;
        long failures = 0;
        long skipped = 0;
        List<String> failedNames = new ArrayList<>();
        Map<String, Integer> skipReasons = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(reports)) {
            files = list.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml"))
                    .filter(p -> modifiedMillis(p) >= buildStart)
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            return null;
        }
        for (Path file : files) {
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            int end = xml.indexOf('>', xml.indexOf("<testsuite"));
            Matcher attribute = ATTRIBUTE.matcher(xml.substring(0, Math.max(0, end)));
            while (attribute.find()) {
                long value = Long.parseLong(attribute.group(2));
                switch (attribute.group(1)) {
                    case "tests" -> tests += value;
                    case "failures", "errors" -> failures += value;
                    case "skipped" -> skipped += value;
                    default -> {}
                }
            }
            Matcher testCase = CASE.matcher(xml);
            while (testCase.find()) {
                String body = testCase.group(4) == null ? "" : testCase.group(4);
                String name = simpleName(testCase.group(2)) + "." + testCase.group(1);
                if (body.contains("<failure") || body.contains("<error")) {
                    failedNames.add(name);
                }
                Matcher skip = SKIPPED_MESSAGE.matcher(body);
                if (skip.find()) {
                    String reason = skip.group(1) == null || skip.group(1).isBlank()
                            ? simpleName(testCase.group(2))
                            : simpleName(testCase.group(2)) + ": " + unescape(skip.group(1));
                    skipReasons.merge(reason, 1, Integer::sum);
                }
            }
        }
        StringBuilder line = new StringBuilder(module + ": " + tests + " tests, " + (tests - failures - skipped)
                + " passed, " + failures + " failed");
        if (!failedNames.isEmpty()) {
            line.append(" (").append(String.join(", ", failedNames.subList(0, Math.min(5, failedNames.size()))))
                    .append(failedNames.size() > 5 ? ", ..." : "").append(")");
        }
        line.append(", ").append(skipped).append(" skipped");
        if (!skipReasons.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            skipReasons.forEach((reason, count) -> reasons.add(count > 1 ? reason + " (" + count + ")" : reason));
            line.append(" (").append(String.join("; ", reasons)).append(")");
        }
        return line.toString();
    }

    /** {@code 2026-12-07T01:24:00Z} (Maven's build timestamp, to the second), or 0 when unknown. */
    private static long buildStartMillis(String timestamp) {
        try {
            return java.time.Instant.parse(timestamp.strip()).toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            return 0;
        }
    }

    private static long modifiedMillis(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static String unescape(String xml) {
        return xml.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    private static void deleteResults(Path results) throws IOException {
        if (Files.isDirectory(results)) {
            try (Stream<Path> files = Files.list(results)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}

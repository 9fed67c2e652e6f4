package io.rivulet.cli;

import java.nio.file.Path;
import java.util.List;

/** javac reported errors for a job's source; {@link #report()} is what to print, as javac would print it. */
final class CompilationFailedException extends Exception {
    private final List<String> errors;
    private final List<String> warnings;

    CompilationFailedException(Path file, List<String> errors, List<String> warnings) {
        super(errors.size() + (errors.size() == 1 ? " error" : " errors") + " compiling " + file);
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    /** Each diagnostic in javac's format ({@code Job.java:3: error: ...}, the line, a caret), then the counts. */
    String report() {
        StringBuilder report = new StringBuilder();
        for (String diagnostic : warnings) {
            report.append(diagnostic).append(System.lineSeparator());
        }
        for (String diagnostic : errors) {
            report.append(diagnostic).append(System.lineSeparator());
        }
        report.append(count(errors.size(), "error"));
        if (!warnings.isEmpty()) {
            report.append(System.lineSeparator()).append(count(warnings.size(), "warning"));
        }
        return report.append(System.lineSeparator()).toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

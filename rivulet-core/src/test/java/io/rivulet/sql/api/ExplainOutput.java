package io.rivulet.sql.api;

import io.rivulet.sql.DataFrame;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What {@code explain()} prints, captured from standard output. */
final class ExplainOutput {
    private ExplainOutput() {}

    static String of(DataFrame frame) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            frame.explain();
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}

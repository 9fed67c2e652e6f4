package io.rivulet.progress;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A terminal as the eye sees it: what is written lands at the cursor, overwriting; {@code \r} moves the cursor to
 * the start of the line, {@code \n} to the next line. {@link #screen()} is the lines on it, trailing spaces cut.
 */
final class FakeTerminal {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, UTF_8);

    PrintStream stream() {
        return stream;
    }

    /** Everything written so far, control characters included. */
    String raw() {
        stream.flush();
        return bytes.toString(UTF_8);
    }

    List<String> screen() {
        List<StringBuilder> lines = new ArrayList<>(List.of(new StringBuilder()));
        int column = 0;
        for (char c : raw().toCharArray()) {
            StringBuilder line = lines.get(lines.size() - 1);
            if (c == '\r') {
                column = 0;
            } else if (c == '\n') {
                lines.add(new StringBuilder());
                column = 0;
            } else {
                if (column < line.length()) {
                    line.setCharAt(column, c);
                } else {
                    line.append(c);
                }
                column++;
            }
        }
        return lines.stream().map(line -> line.toString().stripTrailing()).toList();
    }

    /** The line the cursor is on. */
    String currentLine() {
        List<String> screen = screen();
        return screen.get(screen.size() - 1);
    }
}

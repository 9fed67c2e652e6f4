package io.rivulet.cli;

import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Prints a javac diagnostic as javac does: {@code Job.java:3: error: message}, the source line, a caret under
 * the place, then the message's further lines ({@code symbol: ...}).
 */
final class DiagnosticFormat {
    private DiagnosticFormat() {}

    static String format(Diagnostic<? extends JavaFileObject> diagnostic, InMemoryCompiler.SourceFile source) {
        String kind = switch (diagnostic.getKind()) {
            case ERROR -> "error";
            case WARNING, MANDATORY_WARNING -> "warning";
            case NOTE, OTHER -> "note";
        };
        String[] message = diagnostic.getMessage(Locale.ROOT).split("\\R", -1);
        StringBuilder text = new StringBuilder();
        if (diagnostic.getSource() != null) {
            text.append(diagnostic.getSource().getName());
            if (diagnostic.getLineNumber() != Diagnostic.NOPOS) {
                text.append(':').append(diagnostic.getLineNumber());
            }
            text.append(": ");
        }
        text.append(kind).append(": ").append(message[0]);
        if (diagnostic.getSource() == source && diagnostic.getPosition() != Diagnostic.NOPOS) {
            appendLineAndCaret(text, source.content(), (int) diagnostic.getPosition());
        }
        for (int i = 1; i < message.length; i++) {
            text.append(System.lineSeparator()).append(message[i]);
        }
        return text.toString();
    }

    /** The source line holding {@code position}, and a caret under it (tabs copied so that it lines up). */
    private static void appendLineAndCaret(StringBuilder text, String content, int position) {
        int start = content.lastIndexOf('\n', position - 1) + 1;
        int end = content.indexOf('\n', position);
        String line = content.substring(start, end < 0 ? content.length() : end).stripTrailing();
        StringBuilder caret = new StringBuilder();
        for (int i = start; i < Math.min(position, content.length()); i++) {
            caret.append(content.charAt(i) == '\t' ? '\t' : ' ');
        }
        text.append(System.lineSeparator()).append(line);
        text.append(System.lineSeparator()).append(caret).append('^');
    }
}

package io.rivulet.cli;

/**
 * A mistake in what the user asked for (a missing file, a jar without the class to run): its message is printed
 * as {@code rivulet run: <message>} without a stack trace.
 */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}

/**
 * Internal: progress reporting on the console ({@code ConsoleProgressBar}), a {@code JobListener} that a
 * {@code Rivulet} registers at build when {@code rivulet.ui.showConsoleProgress} is on.
 */
package io.rivulet.progress;

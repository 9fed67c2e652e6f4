/**
 * The {@code rivulet} command line: {@link io.rivulet.cli.Main} and its subcommands. Internal: only the command
 * line itself (its options and exit status) is a public surface, not these classes.
 */
package io.rivulet.cli;

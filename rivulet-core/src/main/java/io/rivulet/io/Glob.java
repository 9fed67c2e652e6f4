package io.rivulet.io;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Finds the paths a glob pattern matches: {@code logs/*.txt}, {@code data/2024-??/part-*},
 * {@code dir/{a,b}.txt}. The pattern is matched one path component at a time with java.nio's glob syntax
 * ({@code * ? [..] {..}}, {@code \} escapes), so a component without glob characters costs one
 * {@code exists} check and a glob component lists only the directories matched so far.
 *
 * <p>A brace group that spans components ({@code {a/x,b/y}.txt}) is expanded first into one pattern per
 * alternative, as Hadoop's {@code GlobExpander} does. A glob component never matches a hidden name
 * (starting with {@code .} or {@code _}: output in progress, markers) unless the component itself starts
 * with that character. Matches are absolute paths, sorted by name at each level, without duplicates.
 *
 * <p>Public for the DataFrame layer's file sources ({@code io.rivulet.sql.datasource.file.FileIndex}).
 */
public final class Glob {
    private static final String GLOB_CHARS = "*?[{";

    private Glob() {}

    public static boolean isPattern(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (GLOB_CHARS.indexOf(path.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    public static boolean isHidden(String name) {
        return name.startsWith(".") || name.startsWith("_");
    }

    /** Every existing path that {@code pattern} matches; empty when none does. */
    public static List<Path> match(String pattern) {
        Set<Path> matches = new LinkedHashSet<>();
        for (String expanded : expandBracesAcrossComponents(pattern)) {
            matches.addAll(matchComponents(expanded, pattern));
        }
        return new ArrayList<>(matches);
    }

    private static List<Path> matchComponents(String pattern, String original) {
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> current = List.of(isAbsolute(pattern) ? cwd.getRoot() : cwd);
        for (String component : components(pattern)) {
            List<Path> next = new ArrayList<>();
            if (isPattern(component)) {
                PathMatcher matcher = matcher(component, original);
                for (Path dir : current) {
                    addMatchingChildren(dir, component, matcher, next);
                }
            } else {
                for (Path base : current) {
                    Path child = base.resolve(component);
                    if (Files.exists(child)) {
                        next.add(child);
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private static void addMatchingChildren(Path dir, String component, PathMatcher matcher, List<Path> out) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(dir)) {
            for (Path child : children) {
                Path name = child.getFileName();
                if (matcher.matches(name) && (!isHidden(name.toString()) || sameLeadingChar(component, name))) {
                    matches.add(child);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        matches.sort(Comparator.comparing(path -> path.getFileName().toString()));
        out.addAll(matches);
    }

    private static boolean sameLeadingChar(String component, Path name) {
        return component.charAt(0) == name.toString().charAt(0);
    }

    private static PathMatcher matcher(String component, String original) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + component);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("Invalid input pattern " + original + ": " + e.getMessage(), e);
        }
    }

    private static boolean isAbsolute(String pattern) {
        return !pattern.isEmpty() && isSeparator(pattern.charAt(0));
    }

    private static List<String> components(String pattern) {
        List<String> components = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= pattern.length(); i++) {
            if (i == pattern.length() || isSeparator(pattern.charAt(i))) {
                String component = pattern.substring(start, i);
                if (!component.isEmpty() && !component.equals(".")) {
                    components.add(component);
                }
                start = i + 1;
            }
        }
        return components;
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == File.separatorChar;
    }

    /** Expands each brace group holding a separator into one pattern per alternative. */
    static List<String> expandBracesAcrossComponents(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && File.separatorChar != '\\') {
                i++; // an escaped character
            } else if (c == '{') {
                int close = matchingBrace(pattern, i);
                if (close < 0) {
                    return List.of(pattern); // unbalanced: the matcher reports it
                }
                String body = pattern.substring(i + 1, close);
                if (body.indexOf('/') >= 0 || body.indexOf(File.separatorChar) >= 0) {
                    List<String> expanded = new ArrayList<>();
                    String prefix = pattern.substring(0, i);
                    String suffix = pattern.substring(close + 1);
                    for (String alternative : splitOutsideBraces(body)) {
                        expanded.addAll(expandBracesAcrossComponents(prefix + alternative + suffix));
                    }
                    return expanded;
                }
                i = close;
            }
        }
        return List.of(pattern);
    }

    private static int matchingBrace(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && File.separatorChar != '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits at commas that are not inside braces: {@code a,{b,c},d} is {@code a}, {@code {b,c}}, {@code d}. */
    public static List<String> splitOutsideBraces(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}

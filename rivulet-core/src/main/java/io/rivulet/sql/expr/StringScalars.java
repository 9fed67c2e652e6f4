package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.ExpectedType.INT;
import static io.rivulet.sql.expr.ExpectedType.STRING;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Formatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The string functions computed row by row ({@link ScalarKernel}s), with Spark's semantics for each. */
final class StringScalars {
    private static final ArrayType STRINGS = new ArrayType(DataTypes.StringType, false);

    private StringScalars() {}

    static List<ScalarKernel> kernels() {
        List<ScalarKernel> k = new ArrayList<>();
        kernelsPart0(k);
        kernelsPart1(k);
        return k;
    }

    private static void kernelsPart0(List<ScalarKernel> k) {
        k.add(concat());
        k.add(concatWs());
        k.add(ScalarKernel.of("split", List.of(STRING, STRING, INT), STRINGS, (a, s) -> split(a, s)));
        k.add(ScalarKernel.of(
                        "regexp_replace",
                        List.of(STRING, STRING, STRING, INT),
                        DataTypes.StringType,
                        StringScalars::regexpReplace)
                .raises());
        k.add(ScalarKernel.of(
                        "regexp_extract",
                        List.of(STRING, STRING, INT),
                        DataTypes.StringType,
                        (a, s) -> regexpExtract(a, s, false))
                .raises());
        k.add(ScalarKernel.of(
                        "regexp_extract_all",
                        List.of(STRING, STRING, INT),
                        STRINGS,
                        (a, s) -> regexpExtract(a, s, true))
                .raises());
        k.add(ScalarKernel.of("lpad", List.of(STRING, INT, STRING), DataTypes.StringType, (a, s) -> pad(a, true)));
        k.add(ScalarKernel.of("rpad", List.of(STRING, INT, STRING), DataTypes.StringType, (a, s) -> pad(a, false)));
        k.add(ScalarKernel.of(
                "repeat",
                List.of(STRING, INT),
                DataTypes.StringType,
                (a, s) -> ((String) a[0]).repeat(Math.max(0, (Integer) a[1]))));
        k.add(ScalarKernel.of(
                "instr",
                List.of(STRING, STRING),
                DataTypes.IntegerType,
                (a, s) -> locate((String) a[1], (String) a[0], 1)));
        for (String name : List.of("locate", "position")) {
            k.add(ScalarKernel.of(
                    name,
                    List.of(STRING, STRING, INT),
                    DataTypes.IntegerType,
                    (a, s) -> locate((String) a[0], (String) a[1], (Integer) a[2])));
        }
        k.add(ScalarKernel.of(
                "translate",
                List.of(STRING, STRING, STRING),
                DataTypes.StringType,
                (a, s) -> translate((String) a[0], (String) a[1], (String) a[2])));
    }

    private static void kernelsPart1(List<ScalarKernel> k) {
        k.add(ScalarKernel.of(
                "replace",
                List.of(STRING, STRING, STRING),
                DataTypes.StringType,
                (a, s) -> ((String) a[1]).isEmpty() ? a[0] : ((String) a[0]).replace((String) a[1], (String) a[2])));
        k.add(ScalarKernel.of("left", List.of(STRING, INT), DataTypes.StringType, (a, s) -> left(a, true)));
        k.add(ScalarKernel.of("right", List.of(STRING, INT), DataTypes.StringType, (a, s) -> left(a, false)));
        for (String name : List.of("format_string", "printf")) {
            k.add(ScalarKernel.varargs(
                            name,
                            1,
                            t -> ScalarKernel.repeat(ExpectedType.ANY, t.size()),
                            t -> DataTypes.StringType,
                            StringScalars::format)
                    .acceptsNulls()
                    .check(f -> f.arguments().get(0).dataType().equals(DataTypes.StringType)
                            ? java.util.Optional.empty()
                            : TypeChecks.unexpectedInput(
                                    f, 0, "\"STRING\"", f.arguments().get(0))));
        }
        k.add(ScalarKernel.of(
                "substring_index",
                List.of(STRING, STRING, INT),
                DataTypes.StringType,
                (a, s) -> substringIndex((String) a[0], (String) a[1], (Integer) a[2])));
        k.add(ScalarKernel.of(
                "ascii",
                List.of(STRING),
                DataTypes.IntegerType,
                (a, s) -> ((String) a[0]).isEmpty() ? 0 : ((String) a[0]).codePointAt(0)));
        for (String name : List.of("chr", "char")) {
            k.add(ScalarKernel.of(name, List.of(ExpectedType.LONG), DataTypes.StringType, (a, s) -> chr((Long) a[0])));
        }
        k.add(ScalarKernel.of(
                "space", List.of(INT), DataTypes.StringType, (a, s) -> " ".repeat(Math.max(0, (Integer) a[0]))));
        k.add(ScalarKernel.of(
                "levenshtein",
                List.of(STRING, STRING),
                DataTypes.IntegerType,
                (a, s) -> levenshtein((String) a[0], (String) a[1])));
        k.add(ScalarKernel.of("soundex", List.of(STRING), DataTypes.StringType, (a, s) -> soundex((String) a[0])));
        k.addAll(HashScalars.kernels());
    }

    private static ScalarKernel concat() {
        return ScalarKernel.varargs(
                "concat",
                0,
                t -> ScalarKernel.repeat(concatInput(t), t.size()),
                t -> {
                    ExpectedType input = concatInput(t);
                    if (input == ExpectedType.ARRAY) {
                        return TypeWidening.findWiderCommonType(t, true).orElse(t.get(0));
                    }
                    return input == ExpectedType.BINARY ? DataTypes.BinaryType : DataTypes.StringType;
                },
                (a, s) -> {
                    if (a.length > 0 && a[0] instanceof List<?>) {
                        List<Object> out = new ArrayList<>();
                        for (Object array : a) {
                            out.addAll((List<?>) array);
                        }
                        return out;
                    }
                    if (a.length > 0 && a[0] instanceof byte[]) {
                        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                        for (Object bytes : a) {
                            out.writeBytes((byte[]) bytes);
                        }
                        return out.toByteArray();
                    }
                    StringBuilder out = new StringBuilder();
                    for (Object value : a) {
                        out.append((String) value);
                    }
                    return out.toString();
                });
    }

    private static ExpectedType concatInput(List<DataType> types) {
        if (!types.isEmpty() && types.stream().allMatch(t -> t instanceof ArrayType)) {
            return ExpectedType.ARRAY;
        }
        if (!types.isEmpty() && types.stream().allMatch(t -> t instanceof BinaryType)) {
            return ExpectedType.BINARY;
        }
        return STRING;
    }

    private static ScalarKernel concatWs() {
        return ScalarKernel.varargs(
                        "concat_ws",
                        1,
                        t -> {
                            List<ExpectedType> inputs = new ArrayList<>();
                            for (DataType type : t) {
                                inputs.add(
                                        type instanceof ArrayType
                                                ? ExpectedType.of(new ArrayType(DataTypes.StringType, true))
                                                : STRING);
                            }
                            inputs.set(0, STRING);
                            return inputs;
                        },
                        t -> DataTypes.StringType,
                        (a, s) -> {
                            if (a[0] == null) {
                                return null;
                            }
                            List<String> parts = new ArrayList<>();
                            for (int i = 1; i < a.length; i++) {
                                if (a[i] instanceof List<?> list) {
                                    list.stream().filter(x -> x != null).forEach(x -> parts.add((String) x));
                                } else if (a[i] != null) {
                                    parts.add((String) a[i]);
                                }
                            }
                            return String.join((String) a[0], parts);
                        })
                .acceptsNulls();
    }

    private static List<String> split(Object[] a, ScalarKernel.State s) {
        int limit = (Integer) a[2];
        return List.of(s.regex((String) a[1], "regex").split((String) a[0], limit == 0 ? -1 : limit));
    }

    private static Object regexpReplace(Object[] a, ScalarKernel.State s) {
        String source = (String) a[0];
        int position = (Integer) a[3] - 1;
        if (position < 0) {
            throw Errors.invalidParameter(
                    "position", "regexp_replace", "Expects a positive value, but got " + (position + 1), s.node);
        }
        if (position != 0 && position >= source.length()) {
            return source;
        }
        Matcher m = s.regex((String) a[1], "regexp").matcher(source);
        m.region(position, source.length());
        StringBuilder out = new StringBuilder();
        String replacement = (String) a[2];
        while (m.find()) {
            m.appendReplacement(out, replacement);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Object regexpExtract(Object[] a, ScalarKernel.State s, boolean all) {
        String function = all ? "regexp_extract_all" : "regexp_extract";
        Pattern pattern = s.regex((String) a[1], "regexp");
        Matcher m = pattern.matcher((String) a[0]);
        int index = (Integer) a[2];
        if (index < 0 || index > m.groupCount()) {
            throw new SqlIllegalArgumentException(
                    "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX",
                    "22023",
                    "The value of parameter(s) `idx` in `" + function + "` is invalid: Expects group index between 0"
                            + " and " + m.groupCount() + ", but got " + index + ".",
                    s.node.sql());
        }
        if (!all) {
            if (!m.find()) {
                return "";
            }
            String group = m.group(index);
            return group == null ? "" : group;
        }
        List<String> out = new ArrayList<>();
        while (m.find()) {
            String group = m.group(index);
            out.add(group == null ? "" : group);
        }
        return out;
    }

    /** Spark's {@code lpad}/{@code rpad}: cut to {@code len} characters, or padded with repeats of {@code pad}. */
    static String pad(Object[] a, boolean left) {
        String s = (String) a[0];
        int len = (Integer) a[1];
        String pad = (String) a[2];
        int chars = s.codePointCount(0, s.length());
        if (len <= chars || pad.isEmpty()) {
            return len <= 0 ? "" : s.substring(0, s.offsetByCodePoints(0, Math.min(len, chars)));
        }
        int spaces = len - chars;
        int padChars = pad.codePointCount(0, pad.length());
        StringBuilder fill = new StringBuilder();
        for (int i = 0; i < spaces / padChars; i++) {
            fill.append(pad);
        }
        fill.append(pad, 0, pad.offsetByCodePoints(0, spaces % padChars));
        return left ? fill + s : s + fill;
    }

    /** The 1-based character position of {@code sub} in {@code s} from character {@code start}, 0 when absent. */
    static int locate(String sub, String s, int start) {
        if (start < 1) {
            return 0;
        }
        int chars = s.codePointCount(0, s.length());
        if (start - 1 > chars) {
            return 0;
        }
        int from = s.offsetByCodePoints(0, start - 1);
        int index = s.indexOf(sub, from);
        return index < 0 ? 0 : s.codePointCount(0, index) + 1;
    }

    static String translate(String s, String matching, String replace) {
        java.util.Map<Integer, Integer> dict = new java.util.HashMap<>();
        int[] from = matching.codePoints().toArray();
        int[] to = replace.codePoints().toArray();
        for (int i = 0; i < from.length; i++) {
            dict.putIfAbsent(from[i], i < to.length ? to[i] : -1);
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            Integer mapped = dict.get(cp);
            if (mapped == null) {
                out.appendCodePoint(cp);
            } else if (mapped >= 0) {
                out.appendCodePoint(mapped);
            }
        });
        return out.toString();
    }

    /** Spark 4's {@code left} ({@code substring(s, 1, n)}) and {@code right} ({@code substring(s, -n)}). */
    private static String left(Object[] a, boolean left) {
        String s = (String) a[0];
        int n = (Integer) a[1];
        if (n <= 0) {
            return "";
        }
        int chars = s.codePointCount(0, s.length());
        if (n >= chars) {
            return s;
        }
        return left ? s.substring(0, s.offsetByCodePoints(0, n)) : s.substring(s.offsetByCodePoints(0, chars - n));
    }

    private static Object format(Object[] a, ScalarKernel.State s) {
        if (a[0] == null) {
            return null;
        }
        Object[] args = new Object[a.length - 1];
        System.arraycopy(a, 1, args, 0, args.length);
        try (Formatter formatter = new Formatter(Locale.US)) {
            return formatter.format((String) a[0], args).toString();
        } catch (java.util.IllegalFormatException e) {
            throw Errors.invalidParameter("strfmt", s.node.name(), e.getMessage(), s.node);
        }
    }

    /** Spark's {@code substring_index}: before the count-th delimiter (from the end when negative). */
    static String substringIndex(String s, String delim, int count) {
        if (delim.isEmpty() || count == 0) {
            return "";
        }
        if (count > 0) {
            int index = -delim.length();
            for (int i = 0; i < count; i++) {
                index = s.indexOf(delim, index + delim.length());
                if (index < 0) {
                    return s;
                }
            }
            return s.substring(0, index);
        }
        int index = s.length();
        for (int i = 0; i < -count; i++) {
            index = index == 0 ? -1 : s.lastIndexOf(delim, index - 1);
            if (index < 0) {
                return s;
            }
        }
        return s.substring(index + delim.length());
    }

    private static String chr(long n) {
        if (n < 0) {
            return "";
        }
        return String.valueOf((char) (n & 0xFF));
    }

    /** The codes of A to Z in American Soundex; '7' marks H and W, which do not separate equal codes. */
    private static final String SOUNDEX_CODES = "01230127022455012623017202";

    /** Spark's {@code soundex}: a string not starting with a Latin letter is returned as it is. */
    static String soundex(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = Character.toUpperCase(s.charAt(0));
        if (first < 'A' || first > 'Z') {
            return s;
        }
        char[] code = {first, '0', '0', '0'};
        int length = 1;
        char last = SOUNDEX_CODES.charAt(first - 'A');
        for (int i = 1; i < s.length() && length < 4; i++) {
            char c = s.charAt(i);
            c = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
            if (c < 'A' || c > 'Z') {
                last = '0';
                continue;
            }
            char digit = SOUNDEX_CODES.charAt(c - 'A');
            if (digit != '7') {
                if (digit != '0' && digit != last) {
                    code[length++] = digit;
                }
                last = digit;
            }
        }
        return new String(code);
    }

    static int levenshtein(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    static byte[] utf8(Object value) {
        return value instanceof byte[] bytes ? bytes : ((String) value).getBytes(StandardCharsets.UTF_8);
    }
}

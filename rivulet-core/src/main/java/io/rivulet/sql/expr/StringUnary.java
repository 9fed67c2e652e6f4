package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The one-string functions that give a string: {@code upper} ({@code ucase}), {@code lower} ({@code lcase}), {@code
 * initcap}, {@code trim} / {@code btrim}, {@code ltrim}, {@code rtrim} (spaces only, as Spark's) and {@code reverse}.
 * ASCII rows are worked on their bytes; other rows through {@code String} (case mappings of the root locale).
 */
public record StringUnary(Kind kind, Expression child) implements ImplicitCastInputTypes {
    /** The function and its name. */
    public enum Kind {
        UPPER("upper"),
        UCASE("ucase"),
        LOWER("lower"),
        LCASE("lcase"),
        INITCAP("initcap"),
        TRIM("trim"),
        BTRIM("btrim"),
        LTRIM("ltrim"),
        RTRIM("rtrim"),
        REVERSE("reverse");

        private final String function;

        Kind(String function) {
            this.function = function;
        }

        public String function() {
            return function;
        }
    }

    public StringUnary {
        requireNonNull(kind, "kind is null");
        requireNonNull(child, "child is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(ExpectedType.STRING);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new StringUnary(kind, children.get(0));
    }

    @Override
    public DataType dataType() {
        return DataTypes.StringType;
    }

    @Override
    public boolean nullable() {
        return child.nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        BytesVector in = (BytesVector) child.eval(batch, context);
        int n = in.size();
        BytesVector.Builder out = BytesVector.builder(DataTypes.StringType, n);
        byte[] bytes = in.bytes();
        byte[] scratch = new byte[64];
        for (int i = 0; i < n; i++) {
            if (in.isNull(i)) {
                out.appendNull();
                continue;
            }
            int offset = in.offset(i);
            int length = in.length(i);
            switch (kind) {
                case TRIM, BTRIM, LTRIM, RTRIM -> {
                    int from = offset;
                    int to = offset + length;
                    if (kind != Kind.RTRIM) {
                        while (from < to && bytes[from] == ' ') {
                            from++;
                        }
                    }
                    if (kind != Kind.LTRIM) {
                        while (to > from && bytes[to - 1] == ' ') {
                            to--;
                        }
                    }
                    out.append(bytes, from, to - from);
                }
                default -> {
                    if (StringKernels.isAscii(bytes, offset, length)) {
                        scratch = scratch.length >= length ? scratch : new byte[Math.max(length, 2 * scratch.length)];
                        ascii(bytes, offset, length, scratch);
                        out.append(scratch, 0, length);
                    } else {
                        out.append(unicode(new String(bytes, offset, length, StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return out.build();
    }

    private void ascii(byte[] in, int offset, int length, byte[] out) {
        boolean wordStart = true;
        for (int k = 0; k < length; k++) {
            byte b = in[offset + k];
            out[k] = switch (kind) {
                case UPPER, UCASE -> b >= 'a' && b <= 'z' ? (byte) (b - 32) : b;
                case LOWER, LCASE -> b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
                case REVERSE -> in[offset + length - 1 - k];
                default -> {
                    byte lower = b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
                    byte result = wordStart && lower >= 'a' && lower <= 'z' ? (byte) (lower - 32) : lower;
                    wordStart = b == ' ';
                    yield result;
                }
            };
        }
    }

    private String unicode(String s) {
        return switch (kind) {
            case UPPER, UCASE -> s.toUpperCase(Locale.ROOT);
            case LOWER, LCASE -> s.toLowerCase(Locale.ROOT);
            case REVERSE -> new StringBuilder(s).reverse().toString();
            default -> initcap(s);
        };
    }

    /** Spark's {@code initcap}: lower case, then the first letter after each space in title case. */
    static String initcap(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean wordStart = true;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            out.appendCodePoint(wordStart ? Character.toTitleCase(cp) : cp);
            wordStart = cp == ' ';
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    @Override
    public String sql() {
        return kind.function() + "(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return kind.function() + "(" + child + ")";
    }
}

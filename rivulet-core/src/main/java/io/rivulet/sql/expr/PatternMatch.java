package io.rivulet.sql.expr;

import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The per-row loop of {@link Like}, {@link ILike} and {@link RLike}: the pattern is compiled once per distinct value
 * met in a row (once per batch for a constant pattern).
 */
final class PatternMatch {
    private PatternMatch() {}

    interface Matcher {
        boolean matches(byte[] s, int offset, int length);
    }

    static ColumnVector eval(ColumnVector subjects, ColumnVector patterns, Function<String, Matcher> compile) {
        int n = subjects.size();
        BytesVector s = (BytesVector) subjects;
        BytesVector p = (BytesVector) patterns;
        boolean[] nulls = Vectors.or(s.nulls(), p.nulls(), n);
        boolean[] out = new boolean[n];
        byte[] last = null;
        Matcher matcher = null;
        byte[] pb = p.bytes();
        for (int i = 0; i < n; i++) {
            if (Vectors.isNull(nulls, i)) {
                continue;
            }
            int po = p.offset(i);
            int pl = p.length(i);
            if (last == null || !Arrays.equals(last, 0, last.length, pb, po, po + pl)) {
                last = Arrays.copyOfRange(pb, po, po + pl);
                matcher = compile.apply(new String(last, StandardCharsets.UTF_8));
            }
            out[i] = matcher.matches(s.bytes(), s.offset(i), s.length(i));
        }
        return Vectors.ofBooleans(n, out, nulls);
    }

    static Matcher regex(String regex, String function, Expression node) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw Errors.invalidParameter("regexp", function, e.getDescription(), node);
        }
        return (s, offset, length) -> pattern.matcher(new String(s, offset, length, StandardCharsets.UTF_8))
                .find();
    }
}

package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataTypes;
import java.util.ArrayList;
import java.util.List;

/** The rarer math functions, row by row: {@code pi()}, {@code e()}, {@code factorial}, {@code bin}. */
final class MathScalars {
    private MathScalars() {}

    static List<ScalarKernel> kernels() {
        List<ScalarKernel> k = new ArrayList<>();
        k.add(ScalarKernel.of("PI", List.of(), DataTypes.DoubleType, (a, s) -> Math.PI));
        k.add(ScalarKernel.of("E", List.of(), DataTypes.DoubleType, (a, s) -> Math.E));
        k.add(ScalarKernel.of("factorial", List.of(ExpectedType.INT), DataTypes.LongType, (a, s) -> {
                    int n = (Integer) a[0];
                    if (n < 0 || n > 20) {
                        return null;
                    }
                    long f = 1;
                    for (int i = 2; i <= n; i++) {
                        f *= i;
                    }
                    return f;
                })
                .givesNull());
        k.add(ScalarKernel.of(
                "bin", List.of(ExpectedType.LONG), DataTypes.StringType, (a, s) -> Long.toBinaryString((Long) a[0])));
        return k;
    }
}

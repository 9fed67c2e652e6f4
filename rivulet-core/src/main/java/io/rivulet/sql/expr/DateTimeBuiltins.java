package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.ScalarBuiltins.binary;
import static io.rivulet.sql.expr.ScalarBuiltins.nullary;
import static io.rivulet.sql.expr.ScalarBuiltins.ranged;
import static io.rivulet.sql.expr.ScalarBuiltins.unary;
import static io.rivulet.sql.expr.ScalarBuiltins.withDefaults;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in date and time functions under Spark 4's names: the vectorised nodes ({@link DateField}, {@link
 * DateAdd}, {@link DateDiff}, {@link CurrentTime}) and the defaults of the date kernels Spark makes optional. {@code
 * extract} and {@code date_part} are {@link OperatorBuiltins}' (the parser emits them).
 */
final class DateTimeBuiltins {
    private DateTimeBuiltins() {}

    static void register(FunctionRegistry registry, EvalMode mode) {
        for (DateField.Field field : DateField.Field.values()) {
            unary(registry, field.function(), x -> new DateField(field, x));
        }
        for (String name : List.of("date_add", "dateadd")) {
            binary(registry, name, (start, days) -> new DateAdd(start, days, false));
        }
        binary(registry, "date_sub", (start, days) -> new DateAdd(start, days, true));
        for (String name : List.of("datediff", "date_diff")) {
            binary(registry, name, (end, start) -> new DateDiff(end, start, name));
        }
        nullary(registry, "current_date", CurrentTime::currentDate);
        // Spark names curdate()'s column current_date(), and now()'s now()
        nullary(registry, "curdate", CurrentTime::currentDate);
        nullary(registry, "current_timestamp", CurrentTime::timestamp);
        nullary(registry, "now", () -> new CurrentTime(false, "now"));
    }

    /** The date kernels whose trailing parameters Spark makes optional (the others keep the kernel's own arity). */
    static void kernels(FunctionRegistry registry) {
        withDefaults(registry, "months_between", true);
        withDefaults(registry, "from_unixtime", DateFormats.DEFAULT_TIMESTAMP);
        // unix_timestamp() is the current time's seconds, as Spark's unix_timestamp(current_timestamp())
        ScalarKernel unix = ScalarKernels.get("unix_timestamp");
        ranged(registry, "unix_timestamp", 0, unix.maxArgs, a -> {
            List<Expression> full = new ArrayList<>(a);
            if (full.isEmpty()) {
                full.add(CurrentTime.timestamp());
            }
            return new ScalarFunction(unix.name, full);
        });
    }
}

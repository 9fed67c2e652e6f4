package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * A field of a date ({@code year}, {@code month}, {@code dayofmonth} / {@code day}, {@code dayofweek} (1 = Sunday),
 * {@code weekday} (0 = Monday), {@code dayofyear}, {@code weekofyear} (ISO), {@code quarter}) or of a timestamp in
 * the session zone ({@code hour}, {@code minute}, {@code second}). Years, months and days come from the epoch day by
 * arithmetic (Hinnant's civil-from-days), without a {@code LocalDate} per row.
 */
public record DateField(Field field, Expression child) implements ImplicitCastInputTypes {
    /** The field and its function name. */
    public enum Field {
        YEAR("year"),
        MONTH("month"),
        DAYOFMONTH("dayofmonth"),
        DAY("day"),
        DAYOFWEEK("dayofweek"),
        WEEKDAY("weekday"),
        DAYOFYEAR("dayofyear"),
        WEEKOFYEAR("weekofyear"),
        QUARTER("quarter"),
        HOUR("hour"),
        MINUTE("minute"),
        SECOND("second");

        private final String function;

        Field(String function) {
            this.function = function;
        }

        public String function() {
            return function;
        }

        boolean ofTime() {
            return this == HOUR || this == MINUTE || this == SECOND;
        }
    }

    public DateField {
        requireNonNull(field, "field is null");
        requireNonNull(child, "child is null");
    }

    @Override
    public List<ExpectedType> inputTypes() {
        return List.of(field.ofTime() ? ExpectedType.TIMESTAMP : ExpectedType.DATE);
    }

    @Override
    public List<Expression> children() {
        return List.of(child);
    }

    @Override
    public Expression withNewChildren(List<Expression> children) {
        return children.get(0) == child ? this : new DateField(field, children.get(0));
    }

    @Override
    public DataType dataType() {
        return DataTypes.IntegerType;
    }

    @Override
    public boolean nullable() {
        return child.nullable();
    }

    @Override
    public ColumnVector eval(ColumnBatch batch, EvalContext context) {
        ColumnVector in = child.eval(batch, context);
        int n = batch.numRows();
        int[] out = new int[n];
        if (field.ofTime()) {
            long[] micros = ((LongVector) in).values();
            ZoneId zone = context.timeZone();
            boolean fixed = zone.getRules().isFixedOffset();
            long offset = fixed ? zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() : 0;
            for (int i = 0; i < n; i++) {
                long seconds = Math.floorDiv(micros[i], SparkDateTime.MICROS_PER_SECOND);
                long local = seconds
                        + (fixed
                                ? offset
                                : zone.getRules()
                                        .getOffset(Instant.ofEpochSecond(seconds))
                                        .getTotalSeconds());
                int secondOfDay = (int) Math.floorMod(local, 86_400L);
                out[i] = switch (field) {
                    case HOUR -> secondOfDay / 3600;
                    case MINUTE -> secondOfDay / 60 % 60;
                    default -> secondOfDay % 60;
                };
            }
        } else {
            int[] days = ((IntVector) in).values();
            for (int i = 0; i < n; i++) {
                out[i] = dateField(field, days[i]);
            }
        }
        return new IntVector(DataTypes.IntegerType, n, out, in.nulls());
    }

    /** The field of an epoch day. */
    static int dateField(Field field, int days) {
        switch (field) {
            case DAYOFWEEK:
                return Math.floorMod(days + 4, 7) + 1;
            case WEEKDAY:
                return Math.floorMod(days + 3, 7);
            case DAYOFYEAR:
                return LocalDate.ofEpochDay(days).getDayOfYear();
            case WEEKOFYEAR:
                return LocalDate.ofEpochDay(days).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            default:
                break;
        }
        // Howard Hinnant's civil_from_days
        long z = days + 719_468L;
        long era = Math.floorDiv(z, 146_097L);
        long doe = z - era * 146_097L;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        return switch (field) {
            case YEAR -> year;
            case MONTH -> month;
            case QUARTER -> (month - 1) / 3 + 1;
            default -> day;
        };
    }

    @Override
    public String sql() {
        return field.function() + "(" + child.sql() + ")";
    }

    @Override
    public String toString() {
        return field.function() + "(" + child + ")";
    }
}

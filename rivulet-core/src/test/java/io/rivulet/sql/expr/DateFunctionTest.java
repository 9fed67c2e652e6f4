package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.batch;
import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.evalConstant;
import static io.rivulet.sql.expr.Exprs.evalOver;
import static io.rivulet.sql.expr.Exprs.lit;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.vector.ColumnBatch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateFunctionTest {
    private static final DataType DATE = DataTypes.DateType;
    private static final DataType TS = DataTypes.TimestampType;

    private static Object f(String name, Object... args) {
        Expression[] e = new Expression[args.length];
        for (int i = 0; i < args.length; i++) {
            e[i] = args[i] instanceof Expression x ? x : lit(args[i]);
        }
        return evalConstant(ScalarFunction.of(name, e));
    }

    @Test
    void dateFieldsAgreeWithJavaTimeOnRandomDays() {
        Random random = new Random(11);
        Object[] days = new Object[500];
        for (int i = 0; i < days.length; i++) {
            days[i] = LocalDate.ofEpochDay(random.nextInt(300_000) - 150_000);
        }
        for (DateField.Field field : DateField.Field.values()) {
            if (field.ofTime()) {
                continue;
            }
            List<Object> got = evalOver(DATE, c -> new DateField(field, c), days);
            for (int i = 0; i < days.length; i++) {
                LocalDate d = (LocalDate) days[i];
                int expected = switch (field) {
                    case YEAR -> d.getYear();
                    case MONTH -> d.getMonthValue();
                    case DAYOFMONTH, DAY -> d.getDayOfMonth();
                    case DAYOFWEEK -> d.getDayOfWeek().getValue() % 7 + 1;
                    case WEEKDAY -> d.getDayOfWeek().getValue() - 1;
                    case DAYOFYEAR -> d.getDayOfYear();
                    case WEEKOFYEAR -> d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                    default -> (d.getMonthValue() - 1) / 3 + 1;
                };
                assertThat(got.get(i)).as(field + " of " + d).isEqualTo(expected);
            }
        }
    }

    @Test
    void timeFieldsInTheSessionZone() {
        ColumnBatch b = batch(vector(TS, Instant.parse("2024-03-10T10:15:30Z"), null));
        EvalContext la = new EvalContext(ZoneId.of("America/Los_Angeles"), true, 0);
        assertThat(Exprs.values(new DateField(DateField.Field.HOUR, col(0, TS)).eval(b, la)))
                .containsExactly(3, null);
        assertThat(Exprs.values(new DateField(DateField.Field.MINUTE, col(0, TS)).eval(b, Exprs.context())))
                .containsExactly(15, null);
        assertThat(Exprs.values(new DateField(DateField.Field.SECOND, col(0, TS)).eval(b, Exprs.context())))
                .containsExactly(30, null);
    }

    @Test
    void dateArithmetic() {
        LocalDate d = LocalDate.of(2016, 7, 30);
        assertThat(evalConstant(new DateAdd(lit(d), lit(1), false))).isEqualTo(LocalDate.of(2016, 7, 31));
        assertThat(evalConstant(new DateAdd(lit(d), lit(1), true))).isEqualTo(LocalDate.of(2016, 7, 29));
        assertThat(evalConstant(new DateDiff(lit(LocalDate.of(2009, 7, 31)), lit(LocalDate.of(2009, 7, 30)))))
                .isEqualTo(1);
        assertThat(f("add_months", LocalDate.of(2016, 8, 31), 1)).isEqualTo(LocalDate.of(2016, 9, 30));
        assertThat(f("last_day", LocalDate.of(2009, 1, 12))).isEqualTo(LocalDate.of(2009, 1, 31));
        assertThat(f("next_day", LocalDate.of(2015, 1, 14), "TU")).isEqualTo(LocalDate.of(2015, 1, 20));
        assertThat(f("make_date", 2013, 7, 15)).isEqualTo(LocalDate.of(2013, 7, 15));
        assertThatThrownBy(() -> f("make_date", 2013, 13, 1))
                .hasMessageStartingWith("[DATETIME_FIELD_OUT_OF_BOUNDS] Invalid value for MonthOfYear");
        assertThat(f("trunc", LocalDate.of(2019, 8, 4), "week")).isEqualTo(LocalDate.of(2019, 7, 29));
        assertThat(f("trunc", LocalDate.of(2019, 8, 4), "MM")).isEqualTo(LocalDate.of(2019, 8, 1));
        assertThat(f("trunc", LocalDate.of(2019, 8, 4), "bad")).isNull();
        assertThat(f("date_trunc", "YEAR", Instant.parse("2015-03-05T09:32:05.359Z")))
                .isEqualTo(Instant.parse("2015-01-01T00:00:00Z"));
        assertThat(f("date_trunc", "HOUR", Instant.parse("2015-03-05T09:32:05.359Z")))
                .isEqualTo(Instant.parse("2015-03-05T09:00:00Z"));
    }

    @Test
    void monthsBetweenAsSpark() {
        assertThat(DateScalars.monthsBetween(
                        Instant.parse("1997-02-28T10:30:00Z"),
                        Instant.parse("1996-10-30T00:00:00Z"),
                        true,
                        java.time.ZoneOffset.UTC))
                .isEqualTo(3.94959677);
        assertThat(DateScalars.monthsBetween(
                        Instant.parse("2020-03-31T00:00:00Z"),
                        Instant.parse("2020-02-29T00:00:00Z"),
                        true,
                        java.time.ZoneOffset.UTC))
                .isEqualTo(1.0);
    }

    @Test
    void parsingAndFormattingWithPatterns() {
        assertThat(f("to_date", "2009-07-30 04:17:52")).isEqualTo(LocalDate.of(2009, 7, 30));
        assertThat(f("to_date", "30/07/2009", "dd/MM/yyyy")).isEqualTo(LocalDate.of(2009, 7, 30));
        assertThat(f("to_timestamp", "2016-12-31 00:12:00")).isEqualTo(Instant.parse("2016-12-31T00:12:00Z"));
        assertThat(f("to_timestamp", "2016-12-31", "yyyy-MM-dd")).isEqualTo(Instant.parse("2016-12-31T00:00:00Z"));
        assertThatThrownBy(() -> f("to_timestamp", "abc", "yyyy-MM-dd"))
                .isInstanceOf(java.time.DateTimeException.class)
                .hasMessageStartingWith("[CANNOT_PARSE_TIMESTAMP] Text 'abc' could not be parsed at index 0. Use"
                        + " `try_to_timestamp` to tolerate invalid input string and return NULL instead.");
        assertThatThrownBy(() -> f("to_date", "abc")).hasMessageStartingWith("[CAST_INVALID_INPUT]");
        assertThat(f("try_to_timestamp", "abc", "yyyy-MM-dd")).isNull();
        assertThat(f("unix_timestamp", "2016-04-08", "yyyy-MM-dd")).isEqualTo(1460073600L);
        assertThat(f("from_unixtime", 0L, "yyyy-MM-dd HH:mm:ss")).isEqualTo("1970-01-01 00:00:00");
        assertThat(f("date_format", Instant.parse("2016-04-08T10:00:00Z"), "y")).isEqualTo("2016");
        assertThat(f("date_format", Instant.parse("2016-04-08T10:00:00Z"), "EEE, dd MMM yyyy"))
                .isEqualTo("Fri, 08 Apr 2016");
        assertThat(f("from_utc_timestamp", Instant.parse("2016-08-31T00:00:00Z"), "Asia/Seoul"))
                .isEqualTo(Instant.parse("2016-08-31T09:00:00Z"));
        assertThat(f("to_utc_timestamp", Instant.parse("2016-08-31T00:00:00Z"), "Asia/Seoul"))
                .isEqualTo(Instant.parse("2016-08-30T15:00:00Z"));
    }

    @Test
    void currentTimeIsFoldableAndNamedAsSpark() {
        assertThat(CurrentTime.timestamp().foldable()).isTrue();
        assertThat(CurrentTime.currentDate().sql()).isEqualTo("current_date()");
        assertThat(evalConstant(CurrentTime.currentDate())).isInstanceOf(LocalDate.class);
    }
}

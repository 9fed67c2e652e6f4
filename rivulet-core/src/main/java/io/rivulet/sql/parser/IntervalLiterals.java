package io.rivulet.sql.parser;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.UnresolvedFunction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Interval literals: {@code INTERVAL 2 HOURS 30 MINUTES}, {@code INTERVAL '1-2' YEAR TO MONTH}, {@code INTERVAL
 * '1 02:03:04.5' DAY TO SECOND}, {@code INTERVAL '3 days'}. Rivulet has no interval types yet, so an interval
 * becomes a call of the functions Spark makes intervals with, its fields normalized: year-month intervals {@code
 * make_ym_interval(years, months)}, day-time ones {@code make_dt_interval(days, hours, mins, secs)} (seconds as
 * a decimal with 6 digits after the point). As in Spark, one literal cannot mix the two kinds.
 */
final class IntervalLiterals {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
    private static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
    private static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;
    private static final Pattern YEAR_MONTH = Pattern.compile("([+-])?(\\d+)-(\\d+)");
    private static final Pattern DAY_TIME =
            Pattern.compile("([+-])?(?:(\\d+) )?(?:(\\d+):)?(?:(\\d+):)?(\\d+)(?:\\.(\\d{1,9}))?");

    private IntervalLiterals() {}

    /** Accumulates the fields of one literal. */
    static final class Builder {
        private final ParserRuleContext ctx;
        private long months;
        private BigDecimal micros = BigDecimal.ZERO;
        private boolean yearMonth;
        private boolean dayTime;

        Builder(ParserRuleContext ctx) {
            this.ctx = ctx;
        }

        /** Adds {@code value} of {@code unit} ({@code day}, {@code hours}, ...). */
        Builder add(String value, String unit) {
            BigDecimal amount;
            try {
                amount = new BigDecimal(value.trim());
            } catch (NumberFormatException e) {
                throw invalid(ctx, value + " " + unit);
            }
            String singular = unit.toLowerCase(Locale.ROOT).replaceFirst("s$", "");
            switch (singular) {
                case "year" -> addMonths(amount, 12);
                case "month" -> addMonths(amount, 1);
                case "week" -> addMicros(amount, 7 * MICROS_PER_DAY);
                case "day" -> addMicros(amount, MICROS_PER_DAY);
                case "hour" -> addMicros(amount, MICROS_PER_HOUR);
                case "minute" -> addMicros(amount, MICROS_PER_MINUTE);
                case "second" -> addMicros(amount, MICROS_PER_SECOND);
                case "millisecond" -> addMicros(amount, 1000);
                case "microsecond" -> addMicros(amount, 1);
                default -> throw invalid(ctx, value + " " + unit);
            }
            return this;
        }

        private void addMonths(BigDecimal amount, int monthsPerUnit) {
            yearMonth = true;
            try {
                months = Math.addExact(months, amount.longValueExact() * monthsPerUnit);
            } catch (ArithmeticException e) {
                throw invalid(ctx, amount.toPlainString());
            }
        }

        private void addMicros(BigDecimal amount, long microsPerUnit) {
            dayTime = true;
            micros = micros.add(amount.multiply(BigDecimal.valueOf(microsPerUnit)));
        }

        Expression build() {
            if (yearMonth && dayTime) {
                throw ParseErrors.at(
                        ctx,
                        "_LEGACY_ERROR_TEMP_0029",
                        "Cannot mix year-month and day-time fields: " + source(ctx) + ".",
                        null);
            }
            if (yearMonth) {
                return UnresolvedFunction.of(
                        "make_ym_interval", Literal.of(toInt(months / 12)), Literal.of(toInt(months % 12)));
            }
            long total;
            try {
                total = micros.setScale(0, RoundingMode.DOWN).longValueExact();
            } catch (ArithmeticException e) {
                throw invalid(ctx, source(ctx));
            }
            long days = total / MICROS_PER_DAY;
            long hours = total % MICROS_PER_DAY / MICROS_PER_HOUR;
            long minutes = total % MICROS_PER_HOUR / MICROS_PER_MINUTE;
            BigDecimal seconds = BigDecimal.valueOf(total % MICROS_PER_MINUTE, 6);
            return UnresolvedFunction.of(
                    "make_dt_interval",
                    Literal.of(toInt(days)),
                    Literal.of(toInt(hours)),
                    Literal.of(toInt(minutes)),
                    Literal.of(seconds));
        }

        private int toInt(long value) {
            if (value != (int) value) {
                throw ParseErrors.at(
                        ctx,
                        "INTERVAL_ARITHMETIC_OVERFLOW",
                        "Integer overflow while operating with intervals.",
                        "22015");
            }
            return (int) value;
        }
    }

    /** {@code '1 day 2 hours'}: pairs of a number and a unit, after an optional {@code interval}. */
    static Expression ofString(ParserRuleContext ctx, String text) {
        String[] words = text.trim().split("\\s+");
        int start = words.length > 0 && words[0].equalsIgnoreCase("interval") ? 1 : 0;
        if ((words.length - start) % 2 != 0 || words.length - start == 0) {
            throw invalid(ctx, text);
        }
        Builder builder = new Builder(ctx);
        for (int i = start; i < words.length; i += 2) {
            builder.add(words[i], words[i + 1]);
        }
        return builder.build();
    }

    /** {@code '1-2' YEAR TO MONTH}, {@code '1 02:03:04.5' DAY TO SECOND}, ...; {@code negate} for a minus before. */
    static Expression ofUnitToUnit(ParserRuleContext ctx, String value, String from, String to, boolean negate) {
        String range = from.toUpperCase(Locale.ROOT) + " TO " + to.toUpperCase(Locale.ROOT);
        Builder builder = new Builder(ctx);
        String trimmed = value.trim();
        if (range.equals("YEAR TO MONTH")) {
            Matcher m = YEAR_MONTH.matcher(trimmed);
            if (!m.matches()) {
                throw invalid(ctx, value);
            }
            String sign = signOf(m.group(1), negate);
            return builder.add(sign + m.group(2), "year")
                    .add(sign + m.group(3), "month")
                    .build();
        }
        String[] units = dayTimeUnits(ctx, range);
        Matcher m = DAY_TIME.matcher(trimmed);
        if (!m.matches() || !fits(m, units)) {
            throw invalid(ctx, value);
        }
        String sign = signOf(m.group(1), negate);
        String[] fields = {m.group(2), m.group(3), m.group(4), m.group(5)};
        int next = 0;
        for (String field : fields) {
            if (field != null) {
                builder.add(sign + field, units[next++]);
            }
        }
        if (m.group(6) != null) {
            builder.add(sign + "0." + m.group(6), "second");
        }
        return builder.build();
    }

    private static boolean fits(Matcher m, String[] units) {
        int present = 0;
        for (int group = 2; group <= 5; group++) {
            present += m.group(group) == null ? 0 : 1;
        }
        boolean fraction = m.group(6) != null;
        return present == units.length && (!fraction || units[units.length - 1].equals("second"));
    }

    private static String[] dayTimeUnits(ParserRuleContext ctx, String range) {
        return switch (range) {
            case "DAY TO HOUR" -> new String[] {"day", "hour"};
            case "DAY TO MINUTE" -> new String[] {"day", "hour", "minute"};
            case "DAY TO SECOND" -> new String[] {"day", "hour", "minute", "second"};
            case "HOUR TO MINUTE" -> new String[] {"hour", "minute"};
            case "HOUR TO SECOND" -> new String[] {"hour", "minute", "second"};
            case "MINUTE TO SECOND" -> new String[] {"minute", "second"};
            default ->
                throw ParseErrors.at(
                        ctx,
                        "_LEGACY_ERROR_TEMP_0028",
                        "Intervals FROM " + range.replace(" TO ", " TO ") + " are not supported.",
                        null);
        };
    }

    private static String signOf(String written, boolean negate) {
        boolean negative = "-".equals(written) != negate;
        return negative ? "-" : "";
    }

    static io.rivulet.sql.ParseException invalid(ParserRuleContext ctx, String input) {
        return ParseErrors.at(
                ctx,
                "INVALID_INTERVAL_FORMAT",
                "Error parsing '" + input + "' to interval. Please"
                        + " ensure that the value provided is in a valid format for defining an interval. You can reference"
                        + " the documentation for the correct format.",
                "22006");
    }

    /** The literal as written, spaces and all. */
    static String source(ParserRuleContext ctx) {
        return ctx.getStart()
                .getInputStream()
                .getText(org.antlr.v4.runtime.misc.Interval.of(
                        ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex()));
    }
}

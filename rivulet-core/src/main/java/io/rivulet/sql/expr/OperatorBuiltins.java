package io.rivulet.sql.expr;

import io.rivulet.sql.AnalysisException;
import io.rivulet.sql.types.DataTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The built-in operators and conditionals: arithmetic, comparisons, logic, predicates, CASE, and the constructors and
 * {@code extract} the parser emits, under Spark's names. None is an aggregate, so none takes {@code DISTINCT}; an
 * argument-count error names the function as registered (Spark's), not as the query spelled it.
 */
final class OperatorBuiltins {
    private OperatorBuiltins() {}

    static void register(FunctionRegistry registry, EvalMode mode) {
        arithmetic(registry, mode);
        comparisons(registry);
        logic(registry);
        predicates(registry);
        conditionals(registry);
        constructors(registry, mode);
    }

    private static void arithmetic(FunctionRegistry registry, EvalMode mode) {
        binary(registry, "+", (l, r) -> new Add(l, r, mode));
        binary(registry, "-", (l, r) -> new Subtract(l, r, mode));
        binary(registry, "*", (l, r) -> new Multiply(l, r, mode));
        binary(registry, "/", (l, r) -> new Divide(l, r, mode));
        binary(registry, "%", (l, r) -> new Remainder(l, r, mode));
        binary(registry, "mod", (l, r) -> new Remainder(l, r, mode));
        binary(registry, "div", (l, r) -> new IntegralDivide(l, r, mode));
        binary(registry, "pmod", (l, r) -> new Pmod(l, r, mode));
        // The try_ forms give null where their operator would raise, whatever the session's mode.
        binary(registry, "try_add", (l, r) -> new Add(l, r, EvalMode.TRY));
        binary(registry, "try_subtract", (l, r) -> new Subtract(l, r, EvalMode.TRY));
        binary(registry, "try_multiply", (l, r) -> new Multiply(l, r, EvalMode.TRY));
        binary(registry, "try_divide", (l, r) -> new Divide(l, r, EvalMode.TRY));
        binary(registry, "try_mod", (l, r) -> new Remainder(l, r, EvalMode.TRY));
        unary(registry, "negative", c -> new UnaryMinus(c, mode));
        unary(registry, "positive", UnaryPositive::new);
        unary(registry, "abs", c -> new Abs(c, mode));
        binary(registry, "&", (l, r) -> new BinaryBitwise(BinaryBitwise.Kind.AND, l, r));
        binary(registry, "|", (l, r) -> new BinaryBitwise(BinaryBitwise.Kind.OR, l, r));
        binary(registry, "^", (l, r) -> new BinaryBitwise(BinaryBitwise.Kind.XOR, l, r));
        unary(registry, "~", BitwiseNot::new);
        for (Shift.Kind kind : Shift.Kind.values()) {
            binary(registry, kind.function(), (l, r) -> new Shift(kind, l, r));
        }
    }

    private static void comparisons(FunctionRegistry registry) {
        binary(registry, "=", EqualTo::new);
        binary(registry, "==", EqualTo::new);
        binary(registry, "<=>", EqualNullSafe::new);
        binary(registry, "!=", (l, r) -> new Not(new EqualTo(l, r)));
        binary(registry, "<>", (l, r) -> new Not(new EqualTo(l, r)));
        binary(registry, "<", LessThan::new);
        binary(registry, "<=", LessThanOrEqual::new);
        binary(registry, ">", GreaterThan::new);
        binary(registry, ">=", GreaterThanOrEqual::new);
        binary(registry, "nanvl", NaNvl::new);
        varargs(registry, "greatest", 2, Greatest::new);
        varargs(registry, "least", 2, Least::new);
    }

    private static void logic(FunctionRegistry registry) {
        binary(registry, "and", And::new);
        binary(registry, "or", Or::new);
        unary(registry, "not", Not::new);
        unary(registry, "!", Not::new);
    }

    private static void predicates(FunctionRegistry registry) {
        unary(registry, "isnull", IsNull::new);
        unary(registry, "isnotnull", IsNotNull::new);
        unary(registry, "isnan", IsNaN::new);
        varargs(registry, "in", 1, a -> new In(a.get(0), a.subList(1, a.size())));
        fixed(registry, "between", 3, a -> new Between(a.get(0), a.get(1), a.get(2)));
        like(registry, "like", (a, escape) -> new Like(a.get(0), a.get(1), escape));
        like(registry, "ilike", (a, escape) -> new ILike(a.get(0), a.get(1), escape));
        for (String name : List.of("rlike", "regexp", "regexp_like")) {
            binary(registry, name, (l, r) -> new RLike(l, r, name));
        }
    }

    private static void conditionals(FunctionRegistry registry) {
        varargs(registry, "when", 2, OperatorBuiltins::caseWhen);
        fixed(registry, "if", 3, a -> new If(a.get(0), a.get(1), a.get(2)));
        varargs(registry, "coalesce", 1, Coalesce::new);
        for (String name : List.of("nvl", "ifnull")) {
            binary(registry, name, (l, r) -> new Nvl(l, r, name));
        }
        fixed(registry, "nvl2", 3, a -> new Nvl2(a.get(0), a.get(1), a.get(2)));
        binary(registry, "nullif", NullIf::new);
    }

    private static void constructors(FunctionRegistry registry, EvalMode mode) {
        varargs(registry, "struct", 0, CreateNamedStruct::struct);
        varargs(registry, "named_struct", 0, OperatorBuiltins::namedStruct);
        varargs(registry, "array", 0, CreateArray::new);
        varargs(registry, "map", 0, CreateMap::new);
        for (String name : List.of("extract", "date_part")) {
            fixed(registry, name, 2, a -> extract(a.get(0), a.get(1), mode));
        }
    }

    /** {@code when(c1, v1, c2, v2, ..., [else])}: the parser's CASE, an odd count ending with the else value. */
    private static Expression caseWhen(List<Expression> arguments) {
        List<Expression> conditions = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        for (int i = 0; i + 1 < arguments.size(); i += 2) {
            conditions.add(arguments.get(i));
            values.add(arguments.get(i + 1));
        }
        Optional<Expression> elseValue =
                arguments.size() % 2 == 1 ? Optional.of(arguments.get(arguments.size() - 1)) : Optional.empty();
        return new CaseWhen(conditions, values, elseValue);
    }

    /** {@code named_struct('x', a, 'y', b)}: the names must be string constants, as Spark's type check wants. */
    private static Expression namedStruct(List<Expression> arguments) {
        if (arguments.size() % 2 != 0) {
            throw new AnalysisException(
                    "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                    "The `named_struct` requires 2n (n > 0) parameters but the actual number is " + arguments.size()
                            + ".");
        }
        List<String> names = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i += 2) {
            Expression name = arguments.get(i);
            if (!(name instanceof Literal l) || l.isNull() || !l.dataType().equals(DataTypes.StringType)) {
                throw new AnalysisException(
                        "DATATYPE_MISMATCH.CREATE_NAMED_STRUCT_WITHOUT_FOLDABLE_STRING",
                        "Cannot resolve \"named_struct(...)\" due to data type mismatch: Only foldable `STRING`"
                                + " expressions are allowed to appear at odd position, but they are [\""
                                + name.sql() + "\"].");
            }
            names.add((String) l.externalValue());
            values.add(arguments.get(i + 1));
        }
        return new CreateNamedStruct(names, values, "named_struct");
    }

    /** {@code extract(field FROM source)}: the field's synonyms are Spark's {@code DatePart.parseExtractField}. */
    private static Expression extract(Expression field, Expression source, EvalMode mode) {
        String text = field instanceof Literal l && l.dataType().equals(DataTypes.StringType) && !l.isNull()
                ? ((String) l.externalValue()).toUpperCase(Locale.ROOT)
                : "";
        DateField.Field date = switch (text) {
            case "YEAR", "Y", "YEARS", "YR", "YRS" -> DateField.Field.YEAR;
            case "QUARTER", "QTR" -> DateField.Field.QUARTER;
            case "MONTH", "MON", "MONS", "MONTHS" -> DateField.Field.MONTH;
            case "WEEK", "W", "WEEKS" -> DateField.Field.WEEKOFYEAR;
            case "DAY", "D", "DAYS" -> DateField.Field.DAYOFMONTH;
            case "DAYOFWEEK", "DOW" -> DateField.Field.DAYOFWEEK;
            case "DAYOFWEEK_ISO", "DOW_ISO" -> DateField.Field.WEEKDAY;
            case "DOY" -> DateField.Field.DAYOFYEAR;
            case "HOUR", "H", "HOURS", "HR", "HRS" -> DateField.Field.HOUR;
            case "MINUTE", "M", "MIN", "MINS", "MINUTES" -> DateField.Field.MINUTE;
            // Spark's SECOND keeps the microseconds (a decimal(8, 6)); no node here does yet.
            case "SECOND", "S", "SEC", "SECONDS", "SECS" -> DateField.Field.SECOND;
            default -> null;
        };
        if (date == null) {
            String name = field instanceof Literal l && !l.isNull() ? String.valueOf(l.externalValue()) : field.sql();
            throw new AnalysisException(
                    "INVALID_EXTRACT_FIELD", "Cannot extract " + name + " from " + Errors.expr(source) + ".");
        }
        Expression value = new DateField(date, source);
        // ISO weekdays count from 1 (Monday); weekday() counts from 0.
        return text.startsWith("DOW_") || text.startsWith("DAYOFWEEK_") ? new Add(value, Literal.of(1), mode) : value;
    }

    /**
     * {@code like(str, pattern[, escape])}: the parser passes {@code ESCAPE 'c'} as a third argument, a one-character
     * string constant; without it the escape is a backslash.
     */
    private static void like(
            FunctionRegistry registry, String name, BiFunction<List<Expression>, Character, Expression> node) {
        registry.register(name, (called, arguments, distinct) -> {
            Arity.noDistinct(name, distinct);
            Arity.check(name, arguments, 2, 3);
            char escape = '\\';
            if (arguments.size() == 3) {
                Expression e = arguments.get(2);
                if (!(e instanceof Literal l) || l.isNull() || !l.dataType().equals(DataTypes.StringType)) {
                    throw new AnalysisException(
                            "NON_FOLDABLE_ARGUMENT",
                            "The function `" + name + "` requires the parameter `escape` to be a foldable expression"
                                    + " of the type \"STRING\", but the actual argument is a non-foldable.");
                }
                String text = (String) l.externalValue();
                if (text.length() != 1) {
                    throw new AnalysisException(
                            "INVALID_ESC",
                            "Found an invalid escape string: '" + text
                                    + "'. The escape string must contain only one character.");
                }
                escape = text.charAt(0);
            }
            return node.apply(arguments, escape);
        });
    }

    private static void unary(FunctionRegistry registry, String name, Function<Expression, Expression> node) {
        fixed(registry, name, 1, a -> node.apply(a.get(0)));
    }

    private static void binary(
            FunctionRegistry registry, String name, BiFunction<Expression, Expression, Expression> node) {
        fixed(registry, name, 2, a -> node.apply(a.get(0), a.get(1)));
    }

    private static void fixed(
            FunctionRegistry registry, String name, int count, Function<List<Expression>, Expression> node) {
        registry.register(name, (called, arguments, distinct) -> {
            Arity.noDistinct(name, distinct);
            Arity.check(name, arguments, count);
            return node.apply(arguments);
        });
    }

    private static void varargs(
            FunctionRegistry registry, String name, int min, Function<List<Expression>, Expression> node) {
        registry.register(name, (called, arguments, distinct) -> {
            Arity.noDistinct(name, distinct);
            Arity.check(name, arguments, min, Integer.MAX_VALUE);
            return node.apply(List.copyOf(arguments));
        });
    }
}

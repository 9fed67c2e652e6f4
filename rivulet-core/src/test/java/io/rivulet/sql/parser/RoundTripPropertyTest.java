package io.rivulet.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.UnresolvedAttribute;
import io.rivulet.sql.expr.UnresolvedExtractValue;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For random trees of unresolved expressions, printing them as SQL ({@code sql()}) and parsing that gives the
 * same tree back. The generator keeps to what prints back unambiguously: columns, non-negative integer literals
 * (a negative one prints as {@code -1}, which is a literal, but {@code (- 1)} parses as one too), booleans,
 * null, operators, calls, CASE, casts and subscripts.
 */
class RoundTripPropertyTest {
    private static final String[] BINARY = {
        "+", "-", "*", "/", "%", "div", "=", "<=>", "<", "<=", ">", ">=", "&", "|", "^", "and", "or"
    };
    private static final String[] UNARY = {"not", "negative", "positive", "~", "isnull", "isnotnull"};
    private static final DataType[] TYPES = {
        DataTypes.IntegerType,
        DataTypes.LongType,
        DataTypes.StringType,
        DataTypes.DoubleType,
        new DecimalType(10, 2),
        DataTypes.createArrayType(DataTypes.ShortType),
        DataTypes.DateType,
        DataTypes.TimestampType
    };

    @Test
    void sqlParsesBackToTheSameTree() {
        Random random = new Random(20240601L);
        for (int i = 0; i < 3000; i++) {
            Expression tree = generate(random, 4);
            String sql = tree.sql();
            Expression parsed = SqlParser.parseExpression(sql, ExpressionParserTest.UTC);
            assertThat(parsed).as("case %d: %s", i, sql).isEqualTo(tree);
        }
    }

    @Test
    void theGeneratorMakesEveryKindOfNode() {
        Random random = new Random(7);
        List<Class<?>> kinds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            generate(random, 4).collect(e -> true).forEach(e -> {
                kinds.add(e.getClass());
                if (e instanceof UnresolvedFunction f) {
                    names.add(f.name());
                }
            });
        }
        assertThat(kinds)
                .contains(
                        UnresolvedFunction.class,
                        UnresolvedAttribute.class,
                        Literal.class,
                        Cast.class,
                        UnresolvedExtractValue.class);
        assertThat(names).contains(BINARY).contains(UNARY).contains("when", "in", "between", "upper");
    }

    private static Expression generate(Random random, int depth) {
        if (depth == 0 || random.nextInt(5) == 0) {
            return leaf(random);
        }
        Expression a = generate(random, depth - 1);
        switch (random.nextInt(8)) {
            case 0, 1, 2:
                return UnresolvedFunction.of(BINARY[random.nextInt(BINARY.length)], a, generate(random, depth - 1));
            case 3:
                String unary = UNARY[random.nextInt(UNARY.length)];
                // (- 1) would parse as the literal -1
                return unary.equals("negative") && a instanceof Literal
                        ? UnresolvedFunction.of(unary, leafColumn(random))
                        : UnresolvedFunction.of(unary, a);
            case 4:
                return switch (random.nextInt(4)) {
                    case 0 ->
                        UnresolvedFunction.of("when", a, generate(random, depth - 1), generate(random, depth - 1));
                    case 1 -> UnresolvedFunction.of("in", a, leaf(random), leaf(random));
                    case 2 -> UnresolvedFunction.of("between", a, leaf(random), leaf(random));
                    default -> UnresolvedFunction.of("upper", a);
                };
            case 5:
                EvalMode mode = random.nextBoolean() ? EvalMode.ANSI : EvalMode.TRY;
                return new Cast(a, TYPES[random.nextInt(TYPES.length)], mode);
            case 6:
                return new UnresolvedExtractValue(leafColumn(random), generate(random, depth - 1));
            default:
                return UnresolvedFunction.of("concat", a, generate(random, depth - 1));
        }
    }

    private static Expression leaf(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> leafColumn(random);
            case 2 -> Literal.of(random.nextInt(1000));
            case 3 -> random.nextBoolean() ? Literal.TRUE : Literal.FALSE;
            case 4 -> Literal.ofNull(DataTypes.NullType);
            default -> Literal.of((long) Integer.MAX_VALUE + 1 + random.nextInt(1000));
        };
    }

    private static Expression leafColumn(Random random) {
        String[] names = {"a", "b", "my col", "t", "x1"};
        String name = names[random.nextInt(names.length)];
        return random.nextInt(3) == 0 ? UnresolvedAttribute.of("t", name) : UnresolvedAttribute.of(name);
    }
}

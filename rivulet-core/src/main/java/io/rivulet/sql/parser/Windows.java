package io.rivulet.sql.parser;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.WindowFrame;
import io.rivulet.sql.expr.WindowSpecDefinition;
import io.rivulet.sql.parser.RivuletSqlParser.FrameBoundContext;
import io.rivulet.sql.parser.RivuletSqlParser.WindowDefContext;
import io.rivulet.sql.parser.RivuletSqlParser.WindowFrameContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Window specifications: {@code (PARTITION BY ... ORDER BY ... ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)} and the
 * query's {@code WINDOW w AS (...)} clause, whose names {@code OVER w} refers to. The parser puts the definition
 * in place of the name (Spark's analyzer does, in {@code WindowsSubstitution}); a definition may name another,
 * once ({@code WINDOW w1 AS (PARTITION BY a), w2 AS w1}). Frame bounds are integer literals: Rivulet's frames
 * count offsets (no {@code RANGE BETWEEN INTERVAL ...} yet).
 */
final class Windows {
    private Windows() {}

    static WindowSpecDefinition definition(ExpressionBuilder builder, WindowDefContext ctx) {
        List<Expression> partition = builder.expressions(ctx.partition);
        Optional<WindowFrame> frame =
                ctx.windowFrame() == null ? Optional.empty() : Optional.of(frame(ctx.windowFrame()));
        return new WindowSpecDefinition(partition, builder.sortOrders(ctx.sortItem()), frame);
    }

    private static WindowFrame frame(WindowFrameContext ctx) {
        WindowFrame.FrameType type = ctx.frameType.getType() == RivuletSqlLexer.ROWS
                ? WindowFrame.FrameType.ROWS
                : WindowFrame.FrameType.RANGE;
        long lower = bound(ctx.start);
        long upper = ctx.end == null ? WindowFrame.CURRENT_ROW : bound(ctx.end);
        return new WindowFrame(type, lower, upper, true);
    }

    private static long bound(FrameBoundContext ctx) {
        if (ctx.UNBOUNDED() != null) {
            return ctx.boundType.getType() == RivuletSqlLexer.PRECEDING
                    ? WindowFrame.UNBOUNDED_PRECEDING
                    : WindowFrame.UNBOUNDED_FOLLOWING;
        }
        if (ctx.boundType.getType() == RivuletSqlLexer.CURRENT) {
            return WindowFrame.CURRENT_ROW;
        }
        long offset = offset(ctx);
        return ctx.boundType.getType() == RivuletSqlLexer.PRECEDING ? -offset : offset;
    }

    private static long offset(FrameBoundContext ctx) {
        RivuletSqlParser.ExpressionContext e = ctx.expression();
        String text = e.getText();
        if (e.getStart() == e.getStop() && e.getStart().getType() == RivuletSqlLexer.INTEGER_VALUE) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException tooBig) {
                // reported below
            }
        }
        throw ParseErrors.at(ctx, "_LEGACY_ERROR_TEMP_0064", "Frame bound value must be a literal..", null);
    }

    /** The definitions of a WINDOW clause by name, references to other definitions resolved. */
    static Map<String, WindowSpecDefinition> clause(
            ExpressionBuilder builder, RivuletSqlParser.WindowClauseContext ctx) {
        Map<String, RivuletSqlParser.WindowSpecContext> written = new LinkedHashMap<>();
        for (RivuletSqlParser.NamedWindowContext named : ctx.namedWindow()) {
            written.put(DataTypeBuilder.identifier(named.name), named.windowSpec());
        }
        Map<String, WindowSpecDefinition> definitions = new LinkedHashMap<>();
        for (Map.Entry<String, RivuletSqlParser.WindowSpecContext> entry : written.entrySet()) {
            RivuletSqlParser.WindowSpecContext spec = entry.getValue();
            if (spec instanceof RivuletSqlParser.WindowRefContext reference) {
                String target = DataTypeBuilder.identifier(reference.name);
                RivuletSqlParser.WindowSpecContext resolved = written.get(target);
                if (resolved == null) {
                    throw ParseErrors.at(
                            ctx,
                            "INVALID_SQL_SYNTAX.UNRESOLVED_WINDOW_REFERENCE",
                            "Invalid SQL syntax:" + " Cannot resolve window reference `" + target + "`.",
                            "42000");
                }
                if (!(resolved instanceof WindowDefContext)) {
                    throw ParseErrors.at(
                            ctx,
                            "INVALID_SQL_SYNTAX.INVALID_WINDOW_REFERENCE",
                            "Invalid SQL syntax:" + " Window reference `" + target + "` is not a window specification.",
                            "42000");
                }
                spec = resolved;
            }
            definitions.put(entry.getKey(), definition(builder, (WindowDefContext) spec));
        }
        return definitions;
    }
}

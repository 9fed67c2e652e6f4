package io.rivulet.sql.optimizer;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.session.SqlConf;

/**
 * What a rule may know besides the plan: the session's settings and a context to evaluate constants in
 * (constant folding: the session's time zone and ANSI mode). One per {@code optimize} call.
 */
public record RuleContext(SqlConf conf, EvalContext evalContext) {
    public RuleContext {
        requireNonNull(conf, "conf is null");
        requireNonNull(evalContext, "evalContext is null");
    }

    public static RuleContext of(SqlConf conf) {
        return new RuleContext(conf, EvalContext.forPlanning(conf.timeZone(), conf.ansi()));
    }
}

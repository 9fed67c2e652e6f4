package io.rivulet.sql.optimizer;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.session.SqlConf;

/**
 * Rewrites a resolved plan into a cheaper one that gives the same rows, with rules run in batches to a fixed
 * point. (To be written: this placeholder returns the plan as it is.)
 */
public final class Optimizer {
    private final SqlConf conf;

    public Optimizer(SqlConf conf) {
        this.conf = requireNonNull(conf, "conf is null");
    }

    SqlConf conf() {
        return conf;
    }

    public LogicalPlan optimize(LogicalPlan plan) {
        return plan;
    }
}

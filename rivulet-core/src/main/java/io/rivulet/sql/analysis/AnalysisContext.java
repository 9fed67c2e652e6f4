package io.rivulet.sql.analysis;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.session.SqlConf;

/** What the rules of one analysis read: the session's catalog (views, functions) and settings. */
final class AnalysisContext {
    private final Catalog catalog;
    private final SqlConf conf;

    AnalysisContext(Catalog catalog, SqlConf conf) {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.conf = requireNonNull(conf, "conf is null");
    }

    Catalog catalog() {
        return catalog;
    }

    SqlConf conf() {
        return conf;
    }

    FunctionResolver functions() {
        return catalog.functions();
    }

    /** How the casts type coercion inserts fail: ANSI (the default) or legacy, as {@code rivulet.sql.ansi.enabled} says. */
    EvalMode evalMode() {
        return EvalMode.of(conf.ansi());
    }
}

package io.rivulet.sql.session;

import static java.util.Objects.requireNonNull;

import io.rivulet.Rivulet;
import io.rivulet.engine.Engine;
import io.rivulet.internal.RivuletInternals;
import io.rivulet.sql.analysis.Catalog;
import io.rivulet.sql.execution.CacheManager;
import io.rivulet.sql.expr.FunctionRegistry;
import io.rivulet.sql.plan.LogicalPlan;

/**
 * The DataFrame and SQL layer of one {@code Rivulet} (what Spark calls the session): its settings, catalog of
 * temporary views, function registry with the user's UDFs, and the pipeline every query goes through
 * ({@link QueryExecution}). Made on first use by {@code Rivulet}; thread-safe.
 */
public final class SqlSession {
    private final Rivulet rivulet;
    private final SqlConf conf;
    private final FunctionRegistry functions;
    private final Catalog catalog;
    private final CacheManager cacheManager = new CacheManager(this);

    public SqlSession(Rivulet rivulet) {
        this.rivulet = requireNonNull(rivulet, "rivulet is null");
        Engine engine = RivuletInternals.engine(rivulet);
        this.conf = SqlConf.of(engine.settings(), engine.slots(), engine.defaultParallelism());
        this.functions = FunctionRegistry.builtin(io.rivulet.sql.expr.EvalMode.of(conf.ansi()));
        this.catalog = new Catalog(functions::lookup);
    }

    public Rivulet rivulet() {
        return rivulet;
    }

    public SqlConf conf() {
        return conf;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The built-in functions and the UDFs registered in this session ({@code rv.udf().register}). */
    public FunctionRegistry functionRegistry() {
        return functions;
    }

    /** The cached queries ({@code df.cache()}), substituted into every query's analyzed plan. */
    public CacheManager cacheManager() {
        return cacheManager;
    }

    /** Keeps the rows of {@code plan} once computed, at {@code level}; later queries over it read them. */
    public void cache(LogicalPlan plan, io.rivulet.StorageLevel level) {
        cacheManager.cache(plan, level);
    }

    /** Stops keeping the rows of {@code plan}. */
    public void uncache(LogicalPlan plan) {
        cacheManager.uncache(plan);
    }

    /** How the parser reads this session's SQL: ANSI casts or not, and the zone of timestamp literals. */
    public io.rivulet.sql.parser.ParserOptions parserOptions() {
        return new io.rivulet.sql.parser.ParserOptions(conf.ansi(), conf.timeZone());
    }

    /** The pipeline of a query over {@code plan}. */
    public QueryExecution execute(LogicalPlan plan) {
        return new QueryExecution(this, plan);
    }
}

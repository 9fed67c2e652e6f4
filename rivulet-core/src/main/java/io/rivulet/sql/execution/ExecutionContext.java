package io.rivulet.sql.execution;

import static java.util.Objects.requireNonNull;

import io.rivulet.Rivulet;
import io.rivulet.sql.session.SqlConf;

/**
 * What operators need while they build their lineage: the {@code Rivulet} whose engine runs them (through
 * {@code io.rivulet.internal.RivuletInternals}) and the session's settings.
 */
public record ExecutionContext(Rivulet rivulet, SqlConf conf) {
    public ExecutionContext {
        requireNonNull(rivulet, "rivulet is null");
        requireNonNull(conf, "conf is null");
    }
}

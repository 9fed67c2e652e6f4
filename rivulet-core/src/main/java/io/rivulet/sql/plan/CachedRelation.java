package io.rivulet.sql.plan;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.expr.AttributeReference;
import java.util.List;

/**
 * The rows of a cached query ({@code df.cache()}, Spark's {@code InMemoryRelation}): what the cache manager puts
 * in place of a subtree equal to a cached plan, before optimization. {@code output} is the cached plan's output.
 * Equal when it reads the same cache.
 */
public record CachedRelation(List<AttributeReference> output, CachedData data) implements LeafNode {
    public CachedRelation {
        output = List.copyOf(output);
        requireNonNull(data, "data is null");
    }

    @Override
    public Statistics statistics() {
        return data.statistics();
    }

    @Override
    public String nodeString() {
        return "InMemoryRelation " + Plans.list(output) + ", " + data.storageLevel();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CachedRelation that && data == that.data && output.equals(that.output);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(data) * 31 + output.hashCode();
    }
}

package io.rivulet.sql.execution;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import java.util.List;

/** How an operator's rows are spread over its partitions. */
public sealed interface Partitioning {
    int numPartitions();

    /** Not known: any requirement needs an exchange. */
    Partitioning UNKNOWN = new Unknown(0);

    /**
     * Whether rows spread this way meet {@code required}: one partition meets every distribution; hash
     * partitioning meets a clustering on a superset of its expressions and an exact hash clustering; range
     * partitioning meets an ordering it begins with and a clustering on its keys.
     */
    default boolean satisfies(Distribution required) {
        if (required instanceof Distribution.Unspecified) {
            return true;
        }
        if (numPartitions() == 1) {
            return true;
        }
        if (required instanceof Distribution.AllTuples) {
            return false;
        }
        if (this instanceof Hash hash) {
            if (required instanceof Distribution.Clustered clustered) {
                return !hash.expressions().isEmpty() && Canonical.allIn(hash.expressions(), clustered.clustering());
            }
            if (required instanceof Distribution.HashClustered exact) {
                return Canonical.sameList(hash.expressions(), exact.expressions());
            }
            return false;
        }
        if (this instanceof Range range) {
            if (required instanceof Distribution.Ordered ordered) {
                return Canonical.prefixesAgree(range.ordering(), ordered.ordering());
            }
            if (required instanceof Distribution.Clustered clustered) {
                List<Expression> keys =
                        range.ordering().stream().map(SortOrder::child).toList();
                return Canonical.allIn(keys, clustered.clustering());
            }
        }
        return false;
    }

    /** What the exchange printed in {@code explain} does: {@code hashpartitioning(k#1, 4)}. */
    String describe();

    /** Not known how: {@code numPartitions} partitions, or 0 when even that is not known. */
    record Unknown(int numPartitions) implements Partitioning {
        @Override
        public String describe() {
            return "unknownpartitioning(" + numPartitions + ")";
        }
    }

    /** One partition: every row together. */
    record Single() implements Partitioning {
        @Override
        public int numPartitions() {
            return 1;
        }

        @Override
        public String describe() {
            return "SinglePartition";
        }
    }

    /** Rows with equal values of {@code expressions} are in the same partition, the one their hash names. */
    record Hash(List<Expression> expressions, int numPartitions) implements Partitioning {
        public Hash {
            expressions = List.copyOf(expressions);
        }

        @Override
        public String describe() {
            StringBuilder out = new StringBuilder("hashpartitioning(");
            for (Expression expression : expressions) {
                out.append(expression).append(", ");
            }
            return out.append(numPartitions).append(')').toString();
        }
    }

    /** Rows in ranges of {@code ordering}: partition i's rows all come before partition i + 1's. */
    record Range(List<SortOrder> ordering, int numPartitions) implements Partitioning {
        public Range {
            ordering = List.copyOf(ordering);
        }

        @Override
        public String describe() {
            StringBuilder out = new StringBuilder("rangepartitioning(");
            for (SortOrder order : ordering) {
                out.append(order).append(", ");
            }
            return out.append(numPartitions).append(')').toString();
        }
    }

    /** Spread evenly, in no order. */
    record RoundRobin(int numPartitions) implements Partitioning {
        @Override
        public String describe() {
            return "RoundRobinPartitioning(" + numPartitions + ")";
        }
    }
}

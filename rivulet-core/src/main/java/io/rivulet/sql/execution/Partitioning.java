package io.rivulet.sql.execution;

import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.SortOrder;
import java.util.List;

/** How an operator's rows are spread over its partitions. */
public sealed interface Partitioning {
    int numPartitions();

    /** Not known: any requirement needs an exchange. */
    Partitioning UNKNOWN = new Unknown(0);

    record Unknown(int numPartitions) implements Partitioning {}

    /** One partition: every row together. */
    record Single() implements Partitioning {
        @Override
        public int numPartitions() {
            return 1;
        }
    }

    /** Rows with equal values of {@code expressions} are in the same partition, the one their hash names. */
    record Hash(List<Expression> expressions, int numPartitions) implements Partitioning {
        public Hash {
            expressions = List.copyOf(expressions);
        }
    }

    /** Rows in ranges of {@code ordering}: partition i's rows all come before partition i + 1's. */
    record Range(List<SortOrder> ordering, int numPartitions) implements Partitioning {
        public Range {
            ordering = List.copyOf(ordering);
        }
    }

    /** Spread evenly, in no order. */
    record RoundRobin(int numPartitions) implements Partitioning {}
}

package io.rivulet.spark;

import io.rivulet.Pair;
import io.rivulet.StorageLevel;
import io.rivulet.memory.Aggregator;
import io.rivulet.rdd.BaseRDD;
import io.rivulet.rdd.CartesianRDD;
import io.rivulet.rdd.CoGroupedRDD;
import io.rivulet.rdd.CoalescedRDD;
import io.rivulet.rdd.JoinedRDD;
import io.rivulet.rdd.MapPartitionsRDD;
import io.rivulet.rdd.NarrowDependency;
import io.rivulet.rdd.ParallelCollectionRDD;
import io.rivulet.rdd.PartitionerAwareUnionRDD;
import io.rivulet.rdd.RangeRDD;
import io.rivulet.rdd.ShuffleDependency;
import io.rivulet.rdd.ShuffledRDD;
import io.rivulet.rdd.TextFileRDD;
import io.rivulet.rdd.UnionRDD;
import io.rivulet.shuffle.ShuffleSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.rdd.RDD;
import scala.Product2;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * Translates a Rivulet lineage into Spark RDDs, one Spark RDD per Rivulet node, so that each action's job runs
 * as one Spark job over the same graph.
 *
 * <p>Where: the translation point is the lineage node an action's job runs over ({@code Engine.runJob}, which
 * every action and the DataFrame layer go through), not the operators: Rivulet keeps one RDD class per shape of
 * dependency (STYLE habit 5), so a dozen node classes stand for every operator. Per-element and per-partition
 * transforms (map, filter, flatMap, mapValues, mapPartitions, sampling, ...) are all one {@link MapPartitionsRDD}
 * whose serializable transform runs inside Spark's {@code mapPartitionsWithIndex}; every key-value shuffle
 * (reduceByKey, groupByKey's and join's inputs, sortByKey, partitionBy, distinct, ...) is one
 * {@link ShuffledRDD} whose {@link ShuffleSpec} becomes a Spark {@code ShuffledRDD} with the same partitioner
 * (wrapped, {@link SparkPartitioner}), aggregator, map-side combine and key ordering; cogroups and joins are
 * Spark's {@code CoGroupedRDD}, which, like Rivulet's, reads an input already partitioned by an equal
 * partitioner without a shuffle.
 *
 * <p>Records: a Spark RDD holds Rivulet's records as they are ({@link Pair}s for pair RDDs); a shuffle's input
 * is turned into Scala tuples, which Spark's shuffles take, and its output back into pairs, both keeping the
 * partitioner so Spark still sees co-partitioning.
 *
 * <p>Reuse: translations are kept for as long as the Rivulet node is reachable, so a later job over the same
 * lineage runs the same Spark RDDs: Spark then skips the stages whose shuffle output exists and reads the
 * blocks of persisted RDDs, as Rivulet's scheduler does. A node's storage level is applied to its Spark RDD at
 * each job that reaches it ({@code persist} or {@code unpersist} since the last one).
 *
 * <p>Threading: {@link #translate} is synchronized; one translator per runner.
 */
final class LineageTranslator {
    @SuppressWarnings("unchecked")
    private static final ClassTag<Object> OBJECT = (ClassTag<Object>) (ClassTag<?>) ClassTag$.MODULE$.AnyRef();

    private final JavaSparkContext spark;
    /** Weak keys: a translation lives as long as its node (identity: nodes do not override equals). */
    private final Map<BaseRDD<?>, RDD<Object>> translated = new WeakHashMap<>();

    LineageTranslator(JavaSparkContext spark) {
        this.spark = spark;
    }

    /** The Spark RDD of {@code node}, with every ancestor translated too. */
    synchronized RDD<Object> translate(BaseRDD<?> node) {
        RDD<Object> rdd = translated.get(node);
        if (rdd == null) {
            rdd = translateNode(node);
            rdd.setName(node.toString());
            translated.put(node, rdd);
        }
        applyStorageLevel(node, rdd);
        return rdd;
    }

    private static void applyStorageLevel(BaseRDD<?> node, RDD<Object> rdd) {
        StorageLevel level = node.storageLevel();
        org.apache.spark.storage.StorageLevel current = rdd.getStorageLevel();
        org.apache.spark.storage.StorageLevel none = org.apache.spark.storage.StorageLevel.NONE();
        if (level == StorageLevel.NONE) {
            if (!current.equals(none)) {
                rdd.unpersist(false);
            }
        } else if (current.equals(none)) {
            rdd.persist(sparkLevel(level));
        }
    }

    static org.apache.spark.storage.StorageLevel sparkLevel(StorageLevel level) {
        return switch (level) {
            case MEMORY_ONLY -> org.apache.spark.storage.StorageLevel.MEMORY_ONLY();
            case MEMORY_ONLY_SER -> org.apache.spark.storage.StorageLevel.MEMORY_ONLY_SER();
            case MEMORY_AND_DISK -> org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK();
            case MEMORY_AND_DISK_SER -> org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK_SER();
            case DISK_ONLY -> org.apache.spark.storage.StorageLevel.DISK_ONLY();
            case NONE -> org.apache.spark.storage.StorageLevel.NONE();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RDD<Object> translateNode(BaseRDD<?> node) {
        if (node.isCheckpointed()) {
            throw unsupported(node, "checkpointed RDDs");
        }
        if (node instanceof ParallelCollectionRDD<?> collection) {
            return spark.parallelize((List<Object>) collection.data(), collection.numSlices())
                    .rdd();
        }
        if (node instanceof RangeRDD range) {
            long end = range.start() + range.step() * range.count();
            return spark.sc().range(range.start(), end, range.step(), range.numSlices());
        }
        if (node instanceof TextFileRDD text) {
            // Spark's own input formats, so hdfs:// and s3a:// paths read wherever the cluster has them.
            return (RDD) spark.textFile(text.path(), text.minPartitions()).rdd();
        }
        if (node instanceof MapPartitionsRDD<?, ?> narrow) {
            return mapPartitions(narrow);
        }
        if (node instanceof ShuffledRDD<?, ?, ?> shuffled) {
            return shuffle(shuffled.shuffleDependency());
        }
        if (node instanceof JoinedRDD<?, ?, ?> join) {
            return join(join);
        }
        if (node instanceof CoGroupedRDD<?> cogroup) {
            return cogroup(cogroup.parents(), cogroup);
        }
        if (node instanceof UnionRDD<?> union) {
            return union(union.parents());
        }
        if (node instanceof PartitionerAwareUnionRDD<?> union) {
            return union(union.parents());
        }
        if (node instanceof CartesianRDD<?, ?> cartesian) {
            BaseRDD<?> first = (BaseRDD<?>) cartesian.dependencies().get(0).rdd();
            BaseRDD<?> second = (BaseRDD<?>) cartesian.dependencies().get(1).rdd();
            RDD<Tuple2<Object, Object>> product = translate(first).cartesian(translate(second), OBJECT);
            return (RDD) java(product)
                    .map(tuple -> Pair.of(((Tuple2) tuple)._1(), ((Tuple2) tuple)._2()))
                    .rdd();
        }
        if (node instanceof CoalescedRDD<?> coalesced) {
            return coalesce(coalesced);
        }
        throw unsupported(node, node.getClass().getSimpleName() + " (" + node.operation() + ")");
    }

    private static UnsupportedOperationException unsupported(BaseRDD<?> node, String what) {
        return new UnsupportedOperationException("rivulet-spark cannot run " + what + " on Spark yet: " + node
                + "; run this job on the embedded engine (master local[*])");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RDD<Object> mapPartitions(MapPartitionsRDD<?, ?> node) {
        MapPartitionsRDD.PartitionTransform<Object, Object> transform =
                (MapPartitionsRDD.PartitionTransform) node.transform();
        JavaRDD<Object> parent = java(translate(node.parent()));
        // The node keeps its parent's partitioner exactly when its transform preserves partitioning.
        boolean preserves = node.partitioner().isPresent();
        return parent.mapPartitionsWithIndex(
                        (index, records) -> transform.apply(ExecutorTasks.current(), index, records), preserves)
                .rdd();
    }

    /** A key-value shuffle as Spark's: same partitioner, aggregator, map-side combine and key ordering. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private RDD<Object> shuffle(ShuffleDependency<?> dependency) {
        ShuffleSpec<?> spec = dependency.spec();
        if (dependency.partitioner() == null) {
            throw unsupported(dependency.rdd(), "shuffles of records that are not key-value pairs");
        }
        SparkPartitioner partitioner = new SparkPartitioner(dependency.partitioner());
        RDD<Product2<Object, Object>> tuples = toTuples(translate(dependency.rdd()));
        org.apache.spark.rdd.ShuffledRDD<Object, Object, Object> shuffled =
                new org.apache.spark.rdd.ShuffledRDD<>(tuples, partitioner, OBJECT, OBJECT, OBJECT);
        Aggregator<Object, Object> aggregator = spec.aggregator();
        if (aggregator != null) {
            // The user's functions are serializable; the Aggregator record holding them is not.
            io.rivulet.function.Function<Object, Object> create = aggregator.createCombiner();
            io.rivulet.function.Function2<Object, Object, Object> mergeValue = aggregator.mergeValue();
            io.rivulet.function.Function2<Object, Object, Object> mergeCombiners = aggregator.mergeCombiners();
            shuffled.setAggregator(new org.apache.spark.Aggregator<>(
                    ScalaFunctions.of(create::call),
                    ScalaFunctions.of(mergeValue::call),
                    ScalaFunctions.of(mergeCombiners::call)));
            shuffled.setMapSideCombine(spec.mapSideCombine());
        }
        Comparator<Object> ordering = spec.keyOrdering();
        if (ordering != null) {
            shuffled.setKeyOrdering(scala.math.Ordering$.MODULE$.comparatorToOrdering(ordering));
        }
        return toPairs((RDD) shuffled);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RDD<Object> cogroup(List<? extends BaseRDD<?>> parents, BaseRDD<?> node) {
        SparkPartitioner partitioner = new SparkPartitioner(node.partitioner().orElseThrow());
        List<RDD<? extends Product2<Object, ?>>> inputs = new ArrayList<>();
        for (BaseRDD<?> parent : parents) {
            inputs.add((RDD) toTuples(translate(parent)));
        }
        org.apache.spark.rdd.CoGroupedRDD<Object> grouped =
                new org.apache.spark.rdd.CoGroupedRDD<>(seq(inputs), partitioner, OBJECT);
        // (key, Array[Iterable]) -> Pair<K, List<Iterable<Object>>>, as Rivulet's CoGroupedRDD gives.
        return java(grouped)
                .mapPartitions(
                        records -> {
                            return new MappedIterator(records, record -> {
                                Tuple2<Object, Object> tuple = (Tuple2<Object, Object>) record;
                                Object[] groups = (Object[]) tuple._2();
                                List<Iterable<Object>> values = new ArrayList<>(groups.length);
                                for (Object group : groups) {
                                    List<Object> copy = new ArrayList<>();
                                    scala.collection.Iterator<Object> values2 =
                                            ((scala.collection.Iterable<Object>) group).iterator();
                                    while (values2.hasNext()) {
                                        copy.add(values2.next());
                                    }
                                    values.add(copy);
                                }
                                return Pair.of(tuple._1(), values);
                            });
                        },
                        true)
                .rdd();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RDD<Object> join(JoinedRDD<?, ?, ?> join) {
        RDD<Object> grouped = cogroup(join.parents(), join);
        return java(grouped)
                .mapPartitions(
                        records -> new FlatMappedIterator(records, record -> {
                            Pair<Object, List<Iterable<Object>>> group = (Pair) record;
                            List<Object> out = new ArrayList<>();
                            for (Object left : group.value().get(0)) {
                                for (Object right : group.value().get(1)) {
                                    out.add(Pair.of(group.key(), Pair.of(left, right)));
                                }
                            }
                            return out.iterator();
                        }),
                        true)
                .rdd();
    }

    /** Spark's coalesce, grouping the parent partitions as the Rivulet node's narrow dependency does. */
    private RDD<Object> coalesce(CoalescedRDD<?> node) {
        NarrowDependency dependency = (NarrowDependency) node.dependencies().get(0);
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < node.numPartitions(); i++) {
            groups.add(List.copyOf(dependency.getParents(i)));
        }
        return new org.apache.spark.rdd.CoalescedRDD<>(
                translate(dependency.rdd()), groups.size(), scala.Option.apply(new GroupsCoalescer(groups)), OBJECT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RDD<Object> union(List<? extends BaseRDD<?>> parents) {
        List<RDD<Object>> inputs = new ArrayList<>();
        for (BaseRDD<?> parent : parents) {
            inputs.add(translate(parent));
        }
        // Spark's union is partitioner-aware exactly when every input has the same partitioner, as Rivulet's.
        return spark.sc().union((scala.collection.immutable.Seq) seq(inputs), OBJECT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RDD<Product2<Object, Object>> toTuples(RDD<Object> pairs) {
        return (RDD) java(pairs)
                .mapPartitions(
                        records -> new MappedIterator(records, record -> {
                            Pair<Object, Object> pair = (Pair<Object, Object>) record;
                            return new Tuple2<>(pair.key(), pair.value());
                        }),
                        true)
                .rdd();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RDD<Object> toPairs(RDD<Object> tuples) {
        return java(tuples)
                .mapPartitions(
                        records -> new MappedIterator(records, record -> {
                            Product2<Object, Object> tuple = (Product2<Object, Object>) record;
                            return Pair.of(tuple._1(), tuple._2());
                        }),
                        true)
                .rdd();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JavaRDD<Object> java(RDD<?> rdd) {
        return new JavaRDD<>((RDD<Object>) (RDD) rdd, OBJECT);
    }

    static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
    }
}

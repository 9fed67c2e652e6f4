/**
 * Internal: the composition root. {@code Engine} reads a {@code Rivulet}'s settings once and builds its services
 * (local directories, memory, serializers, shuffle and block storage, slots, DAG scheduler, listeners, web UI,
 * progress bar), handing each its collaborators through its constructor; the lineage reaches it as
 * {@code rdd.RddServices}. {@code ContextCleaner} deletes the shuffles, blocks and checkpoints of RDDs that are
 * no longer reachable.
 */
package io.rivulet.engine;

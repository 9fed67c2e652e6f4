package io.rivulet.sql.analysis;

import io.rivulet.sql.plan.LogicalPlan;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans the analyzer has returned, by identity, held weakly: Spark marks analyzed nodes with a flag, but plan
 * nodes here are immutable records. The DataFrame API makes each new node over an analyzed child, so the analyzer
 * treats a subtree found here as done (it neither rewrites nor re-checks it) and analyzing a plan costs the new nodes
 * only. Identity, not equality: equal plans are not walked to find each other. Thread-safe.
 */
final class AnalyzedPlans {
    private static final Map<Integer, List<Entry>> BY_IDENTITY = new HashMap<>();
    private static final ReferenceQueue<LogicalPlan> COLLECTED = new ReferenceQueue<>();

    private AnalyzedPlans() {}

    /** A plan held weakly, under its identity hash. */
    private static final class Entry extends WeakReference<LogicalPlan> {
        final int hash;

        Entry(LogicalPlan plan, int hash) {
            super(plan, COLLECTED);
            this.hash = hash;
        }
    }

    static synchronized void add(LogicalPlan plan) {
        purge();
        int hash = System.identityHashCode(plan);
        List<Entry> entries = BY_IDENTITY.computeIfAbsent(hash, h -> new ArrayList<>(1));
        for (Entry entry : entries) {
            if (entry.get() == plan) {
                return;
            }
        }
        entries.add(new Entry(plan, hash));
    }

    static synchronized boolean contains(LogicalPlan plan) {
        List<Entry> entries = BY_IDENTITY.get(System.identityHashCode(plan));
        if (entries == null) {
            return false;
        }
        for (Entry entry : entries) {
            if (entry.get() == plan) {
                return true;
            }
        }
        return false;
    }

    /** Forgets the plans the garbage collector has taken. */
    private static void purge() {
        for (Object ref = COLLECTED.poll(); ref != null; ref = COLLECTED.poll()) {
            Entry entry = (Entry) ref;
            List<Entry> entries = BY_IDENTITY.get(entry.hash);
            if (entries != null) {
                entries.remove(entry);
                if (entries.isEmpty()) {
                    BY_IDENTITY.remove(entry.hash);
                }
            }
        }
    }

    /** How many plans are held (some may have been collected already); for tests. */
    static synchronized int size() {
        purge();
        int size = 0;
        for (List<Entry> entries : BY_IDENTITY.values()) {
            size += entries.size();
        }
        return size;
    }
}

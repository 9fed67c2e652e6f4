/**
 * Internal: where persisted partitions and temporary files live. {@code BlockManager} stores blocks of persisted
 * RDDs ({@code getOrElseUpdate}: a block id, a storage level and a supplier of the partition, as Spark's);
 * {@code LocalDirs} owns the temporary directory under {@code rivulet.local.dir}.
 */
package io.rivulet.storage;

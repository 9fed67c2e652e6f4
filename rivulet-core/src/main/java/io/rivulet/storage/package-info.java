/**
 * Internal: where persisted partitions and temporary files live. {@code BlockManager} stores blocks of persisted
 * RDDs; {@code LocalDirs} owns the temporary directory under {@code rivulet.local.dir}.
 */
package io.rivulet.storage;

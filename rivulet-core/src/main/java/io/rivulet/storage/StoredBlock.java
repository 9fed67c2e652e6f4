package io.rivulet.storage;

import java.nio.file.Path;
import java.util.List;

/** A persisted partition: deserialized objects, serialized bytes in memory, or a file on local disk. */
sealed interface StoredBlock {
    /** Estimated or exact bytes held. */
    long size();

    StorageWhere where();

    record Deserialized(List<?> records, long size) implements StoredBlock {
        @Override
        public StorageWhere where() {
            return StorageWhere.MEMORY;
        }
    }

    record Serialized(byte[] bytes) implements StoredBlock {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public StorageWhere where() {
            return StorageWhere.MEMORY;
        }
    }

    record OnDisk(Path file, long size) implements StoredBlock {
        @Override
        public StorageWhere where() {
            return StorageWhere.DISK;
        }
    }

    enum StorageWhere {
        MEMORY,
        DISK
    }
}

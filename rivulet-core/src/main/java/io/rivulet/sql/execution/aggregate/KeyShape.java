package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.Storage;
import java.util.List;

/**
 * How the keys of a hash table or a sort are held, by the types of the key columns: the fast paths of one
 * primitive key and of one string key, and the general path of any number of columns of any types.
 */
public enum KeyShape {
    /**
     * One key of boolean, byte, short, int, date, long, timestamp, short decimal, float or double: each value as
     * one {@code long} ({@link KeyValues#longs}), compared and hashed without an object; its order is the value's
     * order for the integral types.
     */
    LONG,
    /** One string or binary key: its bytes and their XXH64 hash, no {@code String} made. */
    BYTES,
    /** Anything else: each row's keys encoded into bytes ({@link RowKeyEncoder}), compared and hashed as bytes. */
    ROW;

    public static KeyShape of(List<DataType> keyTypes) {
        if (keyTypes.size() == 1) {
            Storage storage = Storage.of(keyTypes.get(0));
            if (storage.isFixedWidthPrimitive()) {
                return LONG;
            }
            if (storage == Storage.BYTES) {
                return BYTES;
            }
        }
        return ROW;
    }
}

package io.rivulet.sql.vector;

/**
 * The distinct values of a {@link BytesVector} and each row's code (its value's index, in order of first
 * appearance), for the dictionary encoding of cached strings. Null rows get code 0 and add no value. Built with
 * an open-addressing table of value indexes keyed by {@link BytesVector#hash}.
 */
final class StringDictionary {
    /** Row of the first appearance of each distinct value. */
    private int[] firstRows;

    private final int[] codes;
    private int size;

    private StringDictionary(int rows) {
        this.codes = new int[rows];
        this.firstRows = new int[16];
    }

    /** The dictionary of {@code vector}, or null if it has more than {@code maxValues} distinct values. */
    static StringDictionary build(BytesVector vector, int maxValues) {
        int rows = vector.size();
        StringDictionary dictionary = new StringDictionary(rows);
        int[] table = new int[64]; // value index + 1; 0 is empty
        int mask = table.length - 1;
        for (int row = 0; row < rows; row++) {
            if (vector.isNull(row)) {
                continue;
            }
            int slot = (int) vector.hash(row) & mask;
            int code = -1;
            while (table[slot] != 0) {
                int candidate = table[slot] - 1;
                if (vector.equals(row, vector, dictionary.firstRows[candidate])) {
                    code = candidate;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (code < 0) {
                if (dictionary.size == maxValues) {
                    return null;
                }
                code = dictionary.add(row);
                table[slot] = code + 1;
                if (2 * dictionary.size > table.length) {
                    table = rehash(vector, dictionary, table.length * 2);
                    mask = table.length - 1;
                }
            }
            dictionary.codes[row] = code;
        }
        return dictionary;
    }

    private int add(int row) {
        if (size == firstRows.length) {
            firstRows = java.util.Arrays.copyOf(firstRows, size * 2);
        }
        firstRows[size] = row;
        return size++;
    }

    private static int[] rehash(BytesVector vector, StringDictionary dictionary, int capacity) {
        int[] table = new int[capacity];
        int mask = capacity - 1;
        for (int code = 0; code < dictionary.size; code++) {
            int slot = (int) vector.hash(dictionary.firstRows[code]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = code + 1;
        }
        return table;
    }

    int size() {
        return size;
    }

    /** The row of {@code code}'s first appearance: where its bytes are. */
    int firstRow(int code) {
        return firstRows[code];
    }

    int[] codes() {
        return codes;
    }
}

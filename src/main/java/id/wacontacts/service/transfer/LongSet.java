package id.wacontacts.service.transfer;

/**
 * A set of non-zero longs in one array (open addressing): 8 to 16 bytes per E.164 number, where a
 * set of strings would take about 100. Lets a preview find a million in-file duplicates in
 * bounded, small memory.
 */
final class LongSet {

    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds {@code value} (not 0); false when it was there already. */
    boolean add(long value) {
        if (value == 0) {
            throw new IllegalArgumentException("0 is not stored");
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        size++;
        return true;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long value : old) {
            if (value != 0) {
                add(value);
            }
        }
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** An E.164 number ({@code +} and at most 15 digits) as a long; its first digit is never 0. */
    static long key(String e164) {
        return Long.parseLong(e164, 1, e164.length(), 10);
    }
}

package org.vndiplomacy.kg.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Items drawn with Zipf-like frequencies: the item of rank {@code r} (from 1) has weight {@code 1 / r^s}. Weights are
 * computed with {@link StrictMath} so that draws are the same on every machine.
 */
final class ZipfPool<T> {

    /** The exponent of the project's pools. */
    static final double EXPONENT = 1.1;

    private final List<T> items;
    private final double[] cumulative;

    ZipfPool(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a pool needs at least one item");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double total = 0;
        for (int r = 0; r < cumulative.length; r++) {
            total += 1 / StrictMath.pow(r + 1, exponent);
            cumulative[r] = total;
        }
    }

    ZipfPool(List<T> items) {
        this(items, EXPONENT);
    }

    T pick(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, u);
        int index = i >= 0 ? i + 1 : -i - 1;
        return items.get(Math.min(index, items.size() - 1));
    }

    /** An item other than the excluded one (when the pool has another). */
    T pickOther(SplittableRandom random, T excluded) {
        for (int attempt = 0; attempt < 20; attempt++) {
            T item = pick(random);
            if (!item.equals(excluded)) {
                return item;
            }
        }
        return items.get(items.get(0).equals(excluded) && items.size() > 1 ? 1 : 0);
    }

    List<T> items() {
        return items;
    }
}

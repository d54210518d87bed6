package org.vndiplomacy.kg.extract;

/** Roman numerals, as in "Đại hội XIII" and "lần thứ XIV". */
final class RomanLib {

    private RomanLib() {
    }

    /** The value of a Roman numeral of I, V, X, L and C, or {@code null} when it is not one. */
    static Integer value(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int v = switch (Character.toUpperCase(roman.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> -1;
            };
            if (v < 0) {
                return null;
            }
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}

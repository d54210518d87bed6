package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The framework of Vietnam's relations with one partner in a world: the level set up before the corpus begins,
 * and for some partners an upgrade during it (2015-2025). Made from the seed and the partner alone, so that every
 * article of a corpus agrees.
 *
 * @param upgraded the day of the upgrade, or {@code null}
 */
record PartnershipHistory(String level, int since, String laterLevel, LocalDate upgraded) {

    /** How the text writes each level (the concepts' Vietnamese labels). */
    static final Map<String, String> NAMES = Map.of(
            "ComprehensiveStrategicPartnership", "Đối tác chiến lược toàn diện",
            "ComprehensiveStrategicCooperativePartnership", "Đối tác hợp tác chiến lược toàn diện",
            "StrategicPartnership", "Đối tác chiến lược",
            "ComprehensivePartnership", "Đối tác toàn diện",
            "SpecialRelationship", "Quan hệ đặc biệt");

    /** The history with the partner of the given rank, or {@code null} for partners without a framework. */
    static PartnershipHistory of(long seed, String partner, int rank) {
        SplittableRandom random = new SplittableRandom(seed ^ (partner.hashCode() * 0x9E3779B97F4A7C15L));
        switch (partner) {
            case "country/cn":
                return new PartnershipHistory("ComprehensiveStrategicCooperativePartnership", 2008, null, null);
            case "country/la":
                return new PartnershipHistory("SpecialRelationship", 1977, null, null);
            case "country/cu":
                return new PartnershipHistory("SpecialRelationship", 1960, null, null);
            default:
                break;
        }
        if (rank > 45) {
            return null;
        }
        int since = 2007 + random.nextInt(8);
        LocalDate upgrade = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(11 * 365));
        if (rank <= 12) {
            boolean upgraded = random.nextInt(10) < 7;
            return new PartnershipHistory("StrategicPartnership", since,
                    upgraded ? "ComprehensiveStrategicPartnership" : null, upgraded ? upgrade : null);
        }
        boolean upgraded = rank <= 30 && random.nextInt(10) < 4;
        return new PartnershipHistory("ComprehensivePartnership", since, upgraded ? "StrategicPartnership" : null,
                upgraded ? upgrade : null);
    }

    /** The level on a day. */
    String levelOn(LocalDate day) {
        return upgraded != null && !day.isBefore(upgraded) ? laterLevel : level;
    }

    /** Whether the upgrade happened within a fortnight of the day: an article then reports it. */
    boolean upgradedAround(LocalDate day) {
        return upgraded != null && Math.abs(upgraded.toEpochDay() - day.toEpochDay()) <= 14;
    }
}

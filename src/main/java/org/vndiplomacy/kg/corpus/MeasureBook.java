package org.vndiplomacy.kg.corpus;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * The invented figures of a world: one value for each indicator, area and period, whichever article states it, so
 * that articles agree (up to how they round). Flows scale with the months of a period, stocks do not; partners and
 * provinces further down their pools have smaller figures.
 */
final class MeasureBook {

    /** How an indicator's value is made: level in 2024 for rank 1, decline with rank, yearly growth, noise. */
    private record Spec(double level, double rankExponent, double growth, double noise, boolean flow) {
    }

    private static final Map<String, Spec> SPECS = Map.ofEntries(
            Map.entry("TradeTurnover", new Spec(786e9, 0, 1.09, 0.03, true)),
            Map.entry("ExportValue", new Spec(405e9, 0, 1.09, 0.03, true)),
            Map.entry("TradeSurplus", new Spec(22e9, 0, 1.0, 0.35, true)),
            Map.entry("FdiRegistered", new Spec(38e9, 0, 1.05, 0.06, true)),
            Map.entry("FdiDisbursed", new Spec(25e9, 0, 1.05, 0.04, true)),
            Map.entry("ProductsExportingOverOneBillionUsd", new Spec(36, 0, 1.04, 0.0, false)),
            Map.entry("OutgoingLeadershipVisits", new Spec(22, 0, 1.0, 0.35, false)),
            Map.entry("IncomingLeadershipVisits", new Spec(26, 0, 1.0, 0.35, false)),
            Map.entry("OverseasMissions", new Spec(94, 0, 1.0, 0.0, false)),
            Map.entry("BilateralTradeTurnover", new Spec(205e9, 1.25, 1.08, 0.05, true)),
            Map.entry("ExportsToPartner", new Spec(95e9, 1.2, 1.08, 0.06, true)),
            Map.entry("ImportsFromPartner", new Spec(110e9, 1.3, 1.08, 0.06, true)),
            Map.entry("PartnerFdiCapital", new Spec(85e9, 1.2, 1.07, 0.03, false)),
            Map.entry("PartnerFdiProjects", new Spec(5200, 1.1, 1.05, 0.03, false)),
            Map.entry("PartnerFdiRegistered", new Spec(7.5e9, 1.2, 1.04, 0.15, true)),
            Map.entry("PartnerEnterprisesInVietnam", new Spec(3000, 1.1, 1.05, 0.05, false)),
            Map.entry("VisitorArrivalsFromPartner", new Spec(4.5e6, 1.2, 1.08, 0.06, true)),
            Map.entry("ProvinceFdiRegistered", new Spec(4.2e9, 1.0, 1.06, 0.2, true)),
            Map.entry("ProvinceExportValue", new Spec(48e9, 1.1, 1.08, 0.08, true)));

    private final long seed;
    private final Map<String, Integer> ranks;

    /** @param ranks the rank (from 1) of each partner and province in its pool; Vietnam has none */
    MeasureBook(long seed, Map<String, Integer> ranks) {
        this.seed = seed;
        this.ranks = Map.copyOf(ranks);
    }

    /**
     * The value of an indicator for an area and period: in USD, or a count. Provinces' FDI and exports have
     * specs of their own ({@code Province...}) but the indicators of the nation.
     */
    double value(String spec, String area, Period period) {
        Spec s = SPECS.get(spec);
        if (s == null) {
            throw new IllegalArgumentException("no figures for " + spec);
        }
        int rank = rank(area);
        double yearly = s.level() / StrictMath.pow(rank, s.rankExponent())
                * StrictMath.pow(s.growth(), period.year() - 2024) * (1 + s.noise() * (2 * noise(spec, area,
                        period.year(), 0) - 1));
        if (spec.equals("VisitorArrivalsFromPartner")) {
            yearly *= switch (period.year()) {
                case 2020 -> 0.2;
                case 2021 -> 0.03;
                case 2022 -> 0.45;
                default -> 1;
            };
        }
        if (!s.flow() || period.months() == 12 || period.months() == 0) {
            return yearly;
        }
        return yearly * period.months() / 12 * (0.96 + 0.08 * noise(spec, area, period.year(), period.months()));
    }

    /** The growth in per cent of a flow over the same period a year before. */
    double growth(String spec, String area, Period period) {
        return (value(spec, area, period) / value(spec, area, period.yearBefore()) - 1) * 100;
    }

    /** The rank (from 1) of a partner or province in its pool; 1 for others. */
    int rank(String area) {
        return ranks.getOrDefault(area, 1);
    }

    /** GDP growth in per cent: about 6-7% a year, less in the years of the pandemic. */
    double gdpGrowth(int year) {
        double base = switch (year) {
            case 2020 -> 2.9;
            case 2021 -> 2.6;
            case 2022 -> 8.0;
            default -> 6.2;
        };
        return base + (noise("GdpGrowth", "country/vn", year, 0) - 0.5);
    }

    /** A number in 0..1 fixed by the seed and the measure. */
    private double noise(String spec, String area, int year, int months) {
        long key = ((spec.hashCode() * 31L + area.hashCode()) * 31L + year) * 31L + months;
        return new SplittableRandom(seed ^ (key * 0x9E3779B97F4A7C15L)).nextDouble();
    }
}

package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;

/**
 * Sentences of figures: trade, investment, visitors and growth of Vietnam, of its trade with a partner, and of a
 * province; some credit a source ("Theo Tổng cục Hải quan, ..."), which becomes the figures' {@code statedBy}. A
 * figure is told once an article: a method returns false, writing nothing, when its figure has been told.
 */
final class FigureSentences {

    private static final String[] TRADE_SOURCES = {"organization/tong-cuc-hai-quan", "organization/bo-cong-thuong"};
    private static final String[] INVESTMENT_SOURCES = {"organization/cuc-dau-tu-nuoc-ngoai",
        "organization/bo-ke-hoach-va-dau-tu"};
    private static final String[] TRADE_SPEAKERS = {"MinisterOfIndustryAndTrade", "DeputyMinisterOfIndustryAndTrade"};
    private static final String[] INVESTMENT_SPEAKERS = {"MinisterOfPlanningAndInvestment",
        "DeputyMinisterOfPlanningAndInvestment"};

    private final Scene s;
    private final FigureWriter figures;

    FigureSentences(Scene scene) {
        this.s = scene;
        this.figures = new FigureWriter(scene);
    }

    /** "Năm 2023, kim ngạch thương mại hai chiều Việt Nam - Nhật Bản đạt 44,9 tỷ USD, tăng 7,4% so với năm 2022." */
    boolean bilateralTrade(Entity partner) {
        Period p = Period.before(s.date, s.random);
        if (!s.fresh("trade " + partner.ref() + " " + p.text())) {
            return false;
        }
        s.begin();
        String source = source(TRADE_SOURCES, TRADE_SPEAKERS, 30);
        s.say(start(source, p.text())).say(", kim ngạch thương mại hai chiều ").name(s.world.vietnam()).say(" - ")
                .country(partner).say(" đạt ");
        figures.usd("BilateralTradeTurnover", "BilateralTradeTurnover", partner.ref(), p, source);
        growth("BilateralTradeGrowth", "BilateralTradeTurnover", partner.ref(), p, source);
        s.end();
        if (s.chance(50)) {
            s.begin();
            s.say("Trong đó, xuất khẩu của ").name(s.world.vietnam()).say(" sang ").country(partner).say(" đạt ");
            figures.usd("ExportsToPartner", "ExportsToPartner", partner.ref(), p, source);
            s.say(", nhập khẩu từ ").country(partner).say(" đạt ");
            figures.usd("ImportsFromPartner", "ImportsFromPartner", partner.ref(), p, source);
            s.end();
        }
        return true;
    }

    /** "Tính đến hết năm 2023, Hàn Quốc có 10.100 dự án còn hiệu lực tại Việt Nam với tổng vốn đăng ký ..." */
    boolean partnerInvestment(Entity partner) {
        if (!s.fresh("investment " + partner.ref())) {
            return false;
        }
        boolean now = s.chance(40);
        LocalDate day = now ? s.date : LocalDate.of(s.date.getYear() - 1, 12, 31);
        Period p = Period.day(now ? "hiện nay" : "tính đến hết năm " + day.getYear(), day);
        s.begin();
        s.say(capital(p.text())).say(", ").country(partner).say(" có ");
        figures.count("PartnerFdiProjects", "PartnerFdiProjects", partner.ref(), p, "dự án", null);
        s.say(" còn hiệu lực tại ").name(s.world.vietnam()).say(" với tổng vốn đăng ký ");
        figures.usd("PartnerFdiCapital", "PartnerFdiCapital", partner.ref(), p, null);
        int rank = s.world.measures().rank(partner.ref());
        s.say(rank == 1 ? ", dẫn đầu" : ", đứng thứ " + rank)
                .say(" trong số các quốc gia và vùng lãnh thổ có đầu tư tại ").name(s.world.vietnam());
        s.end();
        if (s.chance(40)) {
            Period year = Period.before(s.date, s.random);
            s.begin();
            s.say(capital(year.text())).say(", các nhà đầu tư ").country(partner).say(" đăng ký mới ");
            figures.usd("PartnerFdiRegistered", "PartnerFdiRegistered", partner.ref(), year, null);
            s.say(" vốn đầu tư");
            s.end();
        }
        return true;
    }

    /** "Năm 2023, Việt Nam đón khoảng 3,6 triệu lượt khách từ Hàn Quốc." or the partner's businesses. */
    boolean partnerPeople(Entity partner) {
        boolean visitors = s.chance(60);
        if (!s.fresh("people " + partner.ref() + " " + visitors)) {
            return false;
        }
        s.begin();
        if (visitors) {
            Period p = Period.before(s.date, s.random);
            s.say(capital(p.text())).say(", ").name(s.world.vietnam()).say(" đón ");
            figures.count("VisitorArrivalsFromPartner", "VisitorArrivalsFromPartner", partner.ref(), p,
                    "lượt khách", null);
            s.say(" từ ").country(partner);
        } else {
            s.say("Hiện có ");
            figures.count("PartnerEnterprisesInVietnam", "PartnerEnterprisesInVietnam", partner.ref(),
                    Period.day("hiện", s.date), "doanh nghiệp", null);
            s.say(" của ").country(partner).say(" đang hoạt động tại ").name(s.world.vietnam());
        }
        s.end();
        return true;
    }

    /** Vietnam's trade: turnover, exports with their growth, surplus. */
    boolean nationalTrade() {
        Period p = Period.before(s.date, s.random);
        if (!s.fresh("trade " + p.text())) {
            return false;
        }
        String vn = "country/vn";
        s.begin();
        String source = source(TRADE_SOURCES, TRADE_SPEAKERS, 40);
        s.say(start(source, p.text())).say(", tổng kim ngạch xuất nhập khẩu của ").name(s.world.vietnam())
                .say(" đạt ");
        figures.usd("TradeTurnover", "TradeTurnover", vn, p, source);
        s.say("; trong đó xuất khẩu đạt ");
        figures.usd("ExportValue", "ExportValue", vn, p, source);
        growth("ExportGrowth", "ExportValue", vn, p, source);
        if (s.chance(60)) {
            s.say("; xuất siêu ");
            figures.usd("TradeSurplus", "TradeSurplus", vn, p, source);
        }
        s.end();
        return true;
    }

    /** Foreign direct investment in Vietnam: registered, its growth, disbursed. */
    boolean nationalInvestment() {
        Period p = Period.before(s.date, s.random);
        if (!s.fresh("investment " + p.text())) {
            return false;
        }
        String vn = "country/vn";
        s.begin();
        String source = source(INVESTMENT_SOURCES, INVESTMENT_SPEAKERS, 40);
        s.say(start(source, p.text())).say(", tổng vốn đầu tư trực tiếp nước ngoài (FDI) đăng ký vào ")
                .name(s.world.vietnam()).say(" đạt ");
        figures.usd("FdiRegistered", "FdiRegistered", vn, p, source);
        growth("FdiRegisteredGrowth", "FdiRegistered", vn, p, source);
        s.say("; vốn FDI thực hiện ước đạt ");
        figures.usd("FdiDisbursed", "FdiDisbursed", vn, p, source);
        s.end();
        return true;
    }

    /** GDP growth, missions abroad, products exported above a billion, leaders' visits: one of them. */
    boolean nationalRecord() {
        int year = s.date.getYear() - 1;
        Period p = Period.year(year);
        int which = s.random.nextInt(4);
        if (!s.fresh("record " + which)) {
            return false;
        }
        s.begin();
        switch (which) {
            case 0 -> {
                String source = source(new String[] {"organization/tong-cuc-thong-ke"}, INVESTMENT_SPEAKERS, 50);
                s.say(start(source, "tăng trưởng GDP năm " + year)).say(" của ").name(s.world.vietnam()).say(" đạt ");
                figures.percent("GdpGrowth", s.world.measures().gdpGrowth(year), "country/vn", p, p.yearBefore(),
                        source);
            }
            case 1 -> {
                s.say("Hiện ").name(s.world.vietnam()).say(" có ");
                figures.count("OverseasMissions", "OverseasMissions", "country/vn", Period.day("hiện", s.date),
                        "cơ quan đại diện", null);
                s.say(" ở nước ngoài");
            }
            case 2 -> {
                s.say("Năm " + year + ", cả nước có ");
                figures.count("ProductsExportingOverOneBillionUsd", "ProductsExportingOverOneBillionUsd",
                        "country/vn", p, "mặt hàng", null);
                s.say(" đạt kim ngạch xuất khẩu trên 1 tỷ USD");
            }
            default -> {
                s.say("Trong năm " + year + ", lãnh đạo chủ chốt đã thực hiện ");
                figures.count("OutgoingLeadershipVisits", "OutgoingLeadershipVisits", "country/vn", p,
                        "chuyến thăm", "organization/bo-ngoai-giao");
                s.say(" nước ngoài và đón ");
                figures.count("IncomingLeadershipVisits", "IncomingLeadershipVisits", "country/vn", p,
                        "chuyến thăm", "organization/bo-ngoai-giao");
                s.say(" của lãnh đạo các nước, theo ").name(s.world.entity("organization/bo-ngoai-giao"));
            }
        }
        s.end();
        return true;
    }

    /** A province's FDI and exports. */
    boolean province(Entity province) {
        Period p = Period.before(s.date, s.random);
        if (!s.fresh("province " + province.ref() + " " + p.text())) {
            return false;
        }
        s.begin();
        s.say(capital(p.text())).say(", ").say(ProvinceLib.named(province)).say(" thu hút ");
        figures.usd("FdiRegistered", "ProvinceFdiRegistered", province.ref(), p, null);
        s.say(" vốn FDI");
        if (s.chance(60)) {
            s.say(", kim ngạch xuất khẩu đạt ");
            figures.usd("ExportValue", "ProvinceExportValue", province.ref(), p, null);
        }
        s.end();
        return true;
    }

    private void growth(String indicator, String spec, String area, Period p, String source) {
        if (s.world.measures().growth(spec, area, p) >= 0.5) {
            s.say(", tăng ");
            figures.growth(indicator, spec, area, p, source);
            s.say(" " + p.comparedWith());
        }
    }

    /**
     * "Theo số liệu của Tổng cục Hải quan, " or "Bộ trưởng Bộ Công Thương ... cho biết, " written, its ref returned;
     * or nothing and {@code null}. Bodies are credited twice as often as officials.
     */
    private String source(String[] bodies, String[] speakers, int percent) {
        int r = s.random.nextInt(100);
        if (r >= percent) {
            return null;
        }
        if (r < percent / 3) {
            Official speaker = s.world.holder(s.random, s.date, speakers);
            s.official(speaker, s.date).say(" cho biết, ");
            return speaker.ref();
        }
        Entity body = s.world.entity(bodies[s.random.nextInt(bodies.length)]);
        s.say("Theo số liệu của ").name(body).say(", ");
        return body.ref();
    }

    private static String start(String source, String text) {
        return source == null ? capital(text) : text;
    }

    static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

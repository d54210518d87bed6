package org.vndiplomacy.kg.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Person names as Vietnamese news writes them: Vietnamese names (surname, middle name, given name; surnames with
 * roughly their frequencies), Chinese names in their Sino-Vietnamese reading, and Japanese, Korean, Southeast
 * Asian, Russian, Arabic, Indian and Western names in Latin script.
 */
final class PersonNames {

    /** A name, its given name (for "ông Sơn") and whether it is a woman's. */
    record PersonName(String full, String given, boolean female) {
    }

    private static final String[] SURNAMES = {"Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn",
        "Nguyễn", "Trần", "Trần", "Trần", "Lê", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Đào", "Hà", "Tô"};
    private static final String[] MIDDLE_MEN = {"Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Hoàng",
        "Xuân", "Đình", "Công", "Ngọc", "Việt", "Trọng", "Hồng", "Tiến", "Mạnh", "Quang", "Anh", "Thế", "Duy"};
    private static final String[] MIDDLE_WOMEN = {"Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Kim",
        "Thúy", "Hồng", "Phương", "Mai", "Diệu", "Bích"};
    private static final String[] GIVEN_MEN = {"Hùng", "Dũng", "Sơn", "Minh", "Tuấn", "Hải", "Long", "Nam",
        "Trung", "Thắng", "Quang", "Phúc", "Bình", "Cường", "Hiếu", "Khánh", "Lâm", "Tài", "Thành", "Vinh", "Đạt",
        "Huy", "Khoa", "Nghĩa", "Phong", "Tân", "Tùng", "Chính", "Toàn", "Lực", "Định", "Kiên", "Hòa", "Hoan",
        "Thịnh", "Hiển", "Tuệ", "Vượng", "Quyết", "Thưởng", "Diên", "Điệp", "Tiến", "Ánh", "Khải", "Luận"};
    private static final String[] GIVEN_WOMEN = {"Lan", "Hương", "Hằng", "Mai", "Ngọc", "Thảo", "Trang", "Linh",
        "Hà", "Nga", "Yến", "Vân", "Thủy", "Huyền", "Loan", "Phương", "Quyên", "Dung", "Hạnh", "Nhàn", "Hoa",
        "Liên", "Thanh", "Tâm"};

    private static final String[][] CHINESE = {{"Vương", "Lý", "Trương", "Lưu", "Trần", "Dương", "Hoàng", "Triệu",
        "Chu", "Tôn", "Quách", "Mã", "Lương", "Tống", "Trịnh", "Hàn", "Phùng", "Đường"}, {"Nghị", "Cường", "Bình",
        "Kiến", "Quốc", "Hải", "Vĩnh", "Chí", "Hoa", "Lâm", "Khải", "Đông", "Kỳ", "Tuấn", "Vân", "Xuân", "Hựu",
        "Thắng", "Trạch", "Dân"}};
    private static final String[][] JAPANESE = {{"Tanaka", "Suzuki", "Sato", "Watanabe", "Takahashi", "Yamamoto",
        "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Matsumoto", "Inoue", "Kimura", "Hayashi"},
        {"Hiroshi", "Takeshi", "Kenji", "Yuko", "Akira", "Naoko", "Taro", "Fumio", "Masato", "Keiko", "Koji",
        "Satoshi", "Haruka", "Yoshimasa"}};
    private static final String[][] KOREAN = {{"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang",
        "Lim", "Han", "Oh", "Seo", "Shin", "Kwon"}, {"Min-jun", "Seo-yeon", "Ji-hoon", "Hye-jin", "Sung-ho",
        "Young-soo", "Jae-in", "Kyung-hwa", "Dong-hyun", "Eun-ji", "Tae-yong", "Jin-sung"}};
    private static final String[][] SOUTHEAST = {{"Sonexay", "Thongloun", "Saleumxay", "Bounthong", "Srettha",
        "Anutin", "Parnpree", "Joko", "Retno", "Anwar", "Mohamad", "Siti", "Ahmad", "Budi", "Sok", "Prak"},
        {"Siphandone", "Sisoulith", "Kommasith", "Vongsay", "Thavisin", "Charnvirakul", "Widodo", "Marsudi",
        "Ibrahim", "Hasan", "Rahman", "Santoso", "Sokhonn", "Sophal", "Manalo"}};
    private static final String[][] RUSSIAN = {{"Sergey", "Dmitry", "Vladimir", "Mikhail", "Andrey", "Alexei",
        "Nikolai", "Yury", "Igor", "Denis"}, {"Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Sokolov", "Popov",
        "Volkov", "Morozov", "Novikov", "Fedorov", "Orlov"}};
    private static final String[][] ARABIC = {{"Ali", "Mohammad", "Hassan", "Ahmad", "Khalid", "Omar", "Yusuf",
        "Ibrahim", "Abdullah", "Faisal", "Tariq", "Layla"}, {"Al-Rashid", "Karimi", "Hosseini", "Haddad", "Nasser",
        "Mansour", "Saleh", "Farouk", "Al-Thani", "Rahimi", "Aziz"}};
    private static final String[][] INDIAN = {{"Narendra", "Rajnath", "Piyush", "Nirmala", "Sanjay", "Amit",
        "Sunita", "Arun", "Vikram", "Pranay"}, {"Sharma", "Singh", "Goyal", "Kumar", "Patel", "Reddy", "Iyer",
        "Gupta", "Mehta", "Rao"}};
    private static final String[][] WESTERN = {{"John", "Michael", "David", "Anna", "Maria", "Thomas", "Peter",
        "Sarah", "Emmanuel", "Olaf", "Pedro", "Luis", "Giorgia", "Antonio", "Mark", "James", "Catherine", "Sophie",
        "Hans", "Elena", "Carlos", "Paolo", "Jean", "Stefan", "Andrea", "Lars", "Ingrid", "Marek"}, {"Smith",
        "Johnson", "Brown", "Miller", "Wilson", "Martin", "Bernard", "Dubois", "Schmidt", "Müller", "Weber", "Rossi",
        "Bianchi", "García", "Rodríguez", "Silva", "Santos", "Andersen", "Nielsen", "Novak", "Kowalski", "Horváth",
        "Jansen", "Moreau", "Fischer", "Costa", "Lindqvist", "Dvořák"}};

    private static final List<String> EAST = List.of("country/cn");
    private static final List<String> SEA = List.of("country/la", "country/kh", "country/th", "country/id",
            "country/my", "country/bn", "country/mm", "country/ph", "country/tl", "country/sg");
    private static final List<String> MIDDLE_EAST = List.of("country/ir", "country/iq", "country/sa", "country/ae",
            "country/qa", "country/kw", "country/bh", "country/om", "country/jo", "country/eg", "country/ma",
            "country/dz", "country/tn", "country/ly", "country/sy", "country/lb", "country/ye", "country/ps",
            "country/pk", "country/af");
    private static final List<String> SLAVIC = List.of("country/ru", "country/by", "country/kz", "country/ua",
            "country/uz", "country/kg", "country/tj", "country/az", "country/am", "country/md");

    private PersonNames() {
    }

    static PersonName vietnamese(SplittableRandom random, boolean female) {
        String surname = pick(random, SURNAMES);
        String middle = pick(random, female ? MIDDLE_WOMEN : MIDDLE_MEN);
        String given = pick(random, female ? GIVEN_WOMEN : GIVEN_MEN);
        boolean fourWords = random.nextInt(8) == 0;
        String full = surname + " " + middle + (fourWords ? " " + pick(random, female ? GIVEN_WOMEN : MIDDLE_MEN)
                : "") + " " + given;
        return new PersonName(full, given, female);
    }

    /** A name of an official of another country; Chinese names in two or three syllables, family name first. */
    static PersonName foreign(SplittableRandom random, String country) {
        if (EAST.contains(country)) {
            String given = pick(random, CHINESE[1]) + (random.nextInt(3) == 0 ? "" : " " + pick(random, CHINESE[1]));
            return new PersonName(pick(random, CHINESE[0]) + " " + given, null, false);
        }
        String[][] lists = switch (country) {
            case "country/jp" -> JAPANESE;
            case "country/kr" -> KOREAN;
            case "country/in" -> INDIAN;
            default -> SEA.contains(country) ? SOUTHEAST : SLAVIC.contains(country) ? RUSSIAN
                    : MIDDLE_EAST.contains(country) ? ARABIC : WESTERN;
        };
        boolean familyFirst = lists == JAPANESE || lists == KOREAN;
        String family = pick(random, familyFirst ? lists[0] : lists[1]);
        String given = pick(random, familyFirst ? lists[1] : lists[0]);
        return new PersonName(familyFirst ? family + " " + given : given + " " + family, null, false);
    }

    private static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

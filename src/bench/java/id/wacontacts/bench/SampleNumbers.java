package id.wacontacts.bench;

import java.util.Random;

/**
 * A reproducible mix like an office's customer lists: mostly Indonesian mobiles written every
 * which way, some landlines, some foreign numbers and about one entry in ten that is refused.
 */
final class SampleNumbers {

    private static final String[] MOBILE_PREFIXES = {
        "811", "812", "813", "821", "822", "823", "852", "853", "851", "855", "856", "857", "858",
        "859", "877", "878", "881", "882", "887", "895", "896", "897", "898", "899", "831", "838"
    };
    private static final String[] AREA_CODES = {"21", "22", "24", "31", "61", "274", "361", "411"};
    private static final String[] FOREIGN = {
        "+1 (415) 555-2671", "001 201 555 0123", "+44 20 7183 8750", "0044 7400 123456",
        "+60 12-345 6789", "0060 3-2123 4567", "+65 8123 4567", "0065 6123 4567",
        "+61 412 345 678", "+91 98765 43210", "+86 138 1234 5678", "0086 10 1234 5678"
    };
    private static final String[] REFUSED = {
        "08xx-xxxx-xxxx", "", "   ", "-", "6,28123E+12", "0812", "081234567890123",
        "0812-3456-7890 / 0813-1111-2222", "0812-3456-7890 0813-1111-2222", "+999 1234567",
        "tidak ada", "(021) 555123", "#0812-3456-7890", "N/A"
    };

    private final Random random;

    SampleNumbers(long seed) {
        random = new Random(seed);
    }

    String[] take(int count) {
        String[] numbers = new String[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = next();
        }
        return numbers;
    }

    String next() {
        int roll = random.nextInt(100);
        if (roll < 72) {
            return mobile();
        }
        if (roll < 82) {
            return landline();
        }
        if (roll < 90) {
            return FOREIGN[random.nextInt(FOREIGN.length)];
        }
        return REFUSED[random.nextInt(REFUSED.length)];
    }

    private String mobile() {
        String prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
        String a = digits(4);
        String b = digits(3 + random.nextInt(2));
        return switch (random.nextInt(14)) {
            case 0, 1, 2 -> "0" + prefix + "-" + a + "-" + b;
            case 3, 4 -> "0" + prefix + a + b;
            case 5 -> "0" + prefix + " " + a + " " + b;
            case 6 -> "+62 " + prefix + "-" + a + "-" + b;
            case 7 -> "62" + prefix + a + b;
            case 8 -> "+62" + prefix + a + b;
            case 9 -> "0062 " + prefix + " " + a + " " + b;
            case 10 -> "+62 (0)" + prefix + " " + a + " " + b;
            case 11 -> "\u202A+62 " + prefix + "-" + a + "-" + b + "\u202C";
            case 12 -> "'0" + prefix + a + b;
            default -> "0" + prefix + "\u00A0" + a + "\u00A0" + b;
        };
    }

    private String landline() {
        String area = AREA_CODES[random.nextInt(AREA_CODES.length)];
        String subscriber = area.length() == 2 ? "5" + digits(6) : "5" + digits(5);
        return switch (random.nextInt(3)) {
            case 0 -> "(0" + area + ") " + subscriber.substring(0, 3) + "-" + subscriber.substring(3);
            case 1 -> "0" + area + "-" + subscriber;
            default -> "+62 " + area + " " + subscriber;
        };
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}

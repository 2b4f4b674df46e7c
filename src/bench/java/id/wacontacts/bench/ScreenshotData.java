package id.wacontacts.bench;

import id.wacontacts.config.AppPaths;
import id.wacontacts.db.Database;
import id.wacontacts.db.EmbeddedDatabase;
import id.wacontacts.phone.PhoneNormalizer;
import id.wacontacts.service.CategoryService;
import id.wacontacts.service.ContactService;
import id.wacontacts.service.ServiceException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

/**
 * Fills a data folder with a few hundred realistic Indonesian numbers, typed the many ways office
 * staff type them, through the services (so every one is normalised), for the README's screenshot.
 *
 * <pre>mvn -Pbench test-compile exec:java -Dexec.mainClass=id.wacontacts.bench.ScreenshotData -Dexec.args=/tmp/wa-shot</pre>
 */
public final class ScreenshotData {

    private static final String[] MOBILE = {"811", "812", "813", "821", "822", "852", "853", "857", "858", "877",
        "878", "881", "895", "896", "898", "838"};
    private static final String[] AREA = {"21", "22", "24", "31", "274", "361", "61", "411"};

    private ScreenshotData() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/screenshot-data");
        Random random = new Random(62);
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDir, AppPaths.defaultBinariesDirectory());
             Database database = Database.open(server.connectionSettings())) {
            CategoryService categories = new CategoryService(database.sessionFactory());
            ContactService contacts = new ContactService(database.sessionFactory(), new PhoneNormalizer("ID"));
            categories.findOrCreate("Reseller Jakarta");
            categories.findOrCreate("Supplier");
            List<Integer> ids = categories.list().stream().map(c -> c.id()).toList();
            int[] weights = {9, 5, 6, 4, 7, 3, 2};
            int added = 0;
            while (added < 420) {
                int category = pick(ids, weights, random);
                try {
                    contacts.add(number(random), category);
                    added++;
                } catch (ServiceException duplicate) {
                    // the same random number twice: try another
                }
            }
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                // Spread the numbers over the last weeks, as a list built up by hand would be.
                statement.execute("UPDATE phone_numbers SET created_at = created_at - (id * interval '97 minutes')");
            }
            System.out.println("added " + added + " numbers to " + dataDir);
        }
    }

    private static int pick(List<Integer> ids, int[] weights, Random random) {
        int total = 0;
        for (int i = 0; i < ids.size(); i++) {
            total += weights[i % weights.length];
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < ids.size(); i++) {
            roll -= weights[i % weights.length];
            if (roll < 0) {
                return ids.get(i);
            }
        }
        return ids.get(0);
    }

    private static String number(Random random) {
        if (random.nextInt(10) == 0) {
            String area = AREA[random.nextInt(AREA.length)];
            String subscriber = digits(random, area.length() == 2 ? 8 : 7);
            return "(0" + area + ") " + subscriber;
        }
        String prefix = MOBILE[random.nextInt(MOBILE.length)];
        String a = digits(random, 4);
        String b = digits(random, 4);
        return switch (random.nextInt(5)) {
            case 0 -> "0" + prefix + "-" + a + "-" + b;
            case 1 -> "+62 " + prefix + " " + a + " " + b;
            case 2 -> "0" + prefix + a + b;
            case 3 -> "62" + prefix + a + b;
            default -> "0" + prefix + " " + a + " " + b;
        };
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}

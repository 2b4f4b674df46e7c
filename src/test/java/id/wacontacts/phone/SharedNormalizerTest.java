package id.wacontacts.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Import and the normalize command share one normaliser between all their threads. */
class SharedNormalizerTest {

    @Test
    void givesEveryThreadTheSameAnswersAsOneThread() throws Exception {
        PhoneNormalizer shared = new PhoneNormalizer("ID");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            entries.add(switch (i % 5) {
                case 0 -> "0812-3456-" + (1000 + i);
                case 1 -> "+62 21 555" + (1000 + i);
                case 2 -> "08xx-" + i;
                case 3 -> "\uFF10\uFF18\uFF11\uFF12 3456 " + (1000 + i);
                default -> "0812-3456-7890 / 0813-1111-" + (1000 + i);
            });
        }
        List<NormalizationResult> expected = entries.stream().map(new PhoneNormalizer("ID")::normalize).toList();

        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<NormalizationResult>>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(() -> entries.stream().map(shared::normalize).toList());
            }
            for (Future<List<NormalizationResult>> results : threads.invokeAll(tasks)) {
                assertThat(results.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdown();
        }
    }
}

package id.wacontacts.cli;

import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.HistoryFilter;
import id.wacontacts.phone.NormalizationResult;
import id.wacontacts.service.ChangeHistory;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code history}: every recorded change, newest first, one tab-separated line each:
 * {@code ID TIME(UTC) ACTION TABLE ROW BEFORE AFTER DESKTOP USER}.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"Print the recorded changes, newest first, tab-separated:",
                "ID, TIME (UTC), ACTION, TABLE, ROW, BEFORE, AFTER, DESKTOP, USER.",
                "A number shows as E164@CATEGORY_ID, a category as its name."})
public final class HistoryCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--number", paramLabel = "NUMBER", description = "Only this number's changes (any usual form).")
    String number;

    @Option(names = "--since", paramLabel = "DATE", description = "Only changes on or after this day (YYYY-MM-DD, UTC).")
    LocalDate since;

    @Option(names = "--desktop", paramLabel = "TEXT", description = "Only changes from desktops whose name contains TEXT.")
    String desktop;

    private final Supplier<PrintWriter> output;

    public HistoryCommand() {
        this(Utf8Output::stdout);
    }

    HistoryCommand(Supplier<PrintWriter> output) {
        this.output = output;
    }

    @Override
    public Integer call() {
        try (CommandContext context = CommandContext.open(root.databaseOptions().toConfig())) {
            Optional<String> e164 = Optional.ofNullable(number).map(raw -> {
                if (context.normalizer().normalize(raw) instanceof NormalizationResult.Normalized normalized) {
                    return normalized.e164();
                }
                throw new ParameterException(spec.commandLine(), "\"" + raw + "\" is not a valid phone number.");
            });
            ChangeHistory history = new ChangeHistory(context.database().sessionFactory());
            PrintWriter out = output.get();
            OptionalLong before = OptionalLong.empty();
            List<ChangeEvent> page;
            do {
                page = history.matching(new HistoryFilter(e164, Optional.ofNullable(since).map(LocalDate::atStartOfDay),
                        Optional.ofNullable(desktop), Optional.empty()), before, ChangeHistory.MAX_PAGE_SIZE);
                for (ChangeEvent event : page) {
                    out.println(line(event));
                }
                if (!page.isEmpty()) {
                    before = OptionalLong.of(page.get(page.size() - 1).id());
                }
            } while (page.size() == ChangeHistory.MAX_PAGE_SIZE);
            out.flush();
        }
        return 0;
    }

    static String line(ChangeEvent event) {
        return String.join("\t", String.valueOf(event.id()), String.valueOf(event.changedAt()),
                event.action().name().toLowerCase(java.util.Locale.ROOT),
                event.table().name().toLowerCase(java.util.Locale.ROOT),
                event.rowId() == null ? "" : String.valueOf(event.rowId()),
                Cells.value(event.numberBefore(), event.categoryBefore()),
                Cells.value(event.numberAfter(), event.categoryAfter()),
                Cells.clean(event.desktop()), Cells.clean(event.databaseUser()));
    }
}

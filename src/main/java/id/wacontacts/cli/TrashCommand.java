package id.wacontacts.cli;

import id.wacontacts.domain.ChangeEvent;
import id.wacontacts.domain.TrashRestore;
import id.wacontacts.service.ChangeHistory;
import id.wacontacts.service.Retention;
import id.wacontacts.service.RetentionSettings;
import id.wacontacts.service.Cancellation;
import id.wacontacts.service.TrashService;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code trash list | restore ID… | purge}: the deleted numbers and categories. */
@Command(name = "trash", mixinStandardHelpOptions = true,
        description = "List, restore or purge the deleted numbers and categories.")
public final class TrashCommand {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    private final Supplier<PrintWriter> output;

    public TrashCommand() {
        this(Utf8Output::stdout);
    }

    TrashCommand(Supplier<PrintWriter> output) {
        this.output = output;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Print the trash, newest first, tab-separated: ID, DELETED (UTC), TABLE, VALUE,",
                    "DELETION (items deleted together share it), DESKTOP, USER. A number shows as E164@CATEGORY_ID."})
    int list() {
        try (CommandContext context = open()) {
            TrashService trash = new TrashService(context.database().sessionFactory());
            PrintWriter out = output.get();
            OptionalLong before = OptionalLong.empty();
            List<ChangeEvent> page;
            do {
                page = trash.list(before, ChangeHistory.MAX_PAGE_SIZE);
                for (ChangeEvent item : page) {
                    out.println(String.join("\t", String.valueOf(item.id()), String.valueOf(item.changedAt()),
                            item.table().name().toLowerCase(Locale.ROOT),
                            Cells.value(item.numberBefore(), item.categoryBefore()),
                            String.valueOf(item.transactionId()), Cells.clean(item.desktop()),
                            Cells.clean(item.databaseUser())));
                }
                if (!page.isEmpty()) {
                    before = OptionalLong.of(page.get(page.size() - 1).id());
                }
            } while (page.size() == ChangeHistory.MAX_PAGE_SIZE);
            out.flush();
        }
        return 0;
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Restore these trash items (IDs from 'trash list'). Prints 'restored', NUMBERS, CATEGORIES;",
                    "then one line per item left in the trash: 'kept', ID, REASON, VALUE, CATEGORY HOLDING IT NOW.",
                    "Exit status 1 when an item was left in the trash."})
    int restore(@Parameters(paramLabel = "ID", arity = "1..*") List<Long> ids) {
        try (CommandContext context = open()) {
            TrashRestore restored = new TrashService(context.database().sessionFactory(),
                    () -> context.numberTypes().classifyAllPending(new Cancellation())).restore(ids);
            PrintWriter out = output.get();
            out.println("restored\t" + restored.numbers() + "\t" + restored.categories());
            for (TrashRestore.Conflict conflict : restored.conflicts()) {
                out.println(String.join("\t", "kept", String.valueOf(conflict.changeId()),
                        conflict.reason().name().toLowerCase(Locale.ROOT), Cells.clean(conflict.value()),
                        Cells.clean(conflict.holder())));
            }
            out.flush();
            return restored.conflicts().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "Drop the items deleted more than DAYS days ago (default: the database's setting,"
                    + " 30 unless changed in File > Settings). Prints how many.")
    int purge(@Option(names = "--days", paramLabel = "DAYS") Integer days) {
        if (days != null && (days < Retention.MIN_TRASH_DAYS || days > Retention.MAX_TRASH_DAYS)) {
            throw new ParameterException(spec.commandLine(), "Keep the trash between " + Retention.MIN_TRASH_DAYS
                    + " and " + Retention.MAX_TRASH_DAYS + " days.");
        }
        try (CommandContext context = open()) {
            int keep = days != null ? days
                    : new RetentionSettings(context.database().dataSource(), Clock.systemUTC()).read().trashDays();
            long purged = new Retention(context.database().dataSource(), Clock.systemUTC()).purgeTrash(keep);
            PrintWriter out = output.get();
            out.println("purged\t" + purged);
            out.flush();
        }
        return 0;
    }

    private CommandContext open() {
        return CommandContext.open(root.databaseOptions().toConfig());
    }
}

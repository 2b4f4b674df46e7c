package id.wacontacts.cli;

import id.wacontacts.config.AppConfig;
import id.wacontacts.db.ConnectionLoss;
import id.wacontacts.db.DatabaseStartException;
import id.wacontacts.db.DiskFull;
import id.wacontacts.service.ServiceException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * A command's failure as one sentence on stderr, in the user's language, naming the cause (a full
 * disk, a lost connection, a folder it may not write); the stack trace goes to the log file only.
 */
public final class CommandFailures {

    /** Exit code of a command that failed. */
    public static final int EXIT_FAILED = 1;

    private static final String BUNDLE = "id.wacontacts.ui.messages";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final ResourceBundle bundle;
    private final Locale locale;

    CommandFailures(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Indonesian on an Indonesian system (Java says "in" or "id"), English elsewhere. */
    static Locale userLocale() {
        String language = Locale.getDefault().getLanguage();
        return language.equals("id") || language.equals("in") ? INDONESIAN : Locale.ENGLISH;
    }

    /** picocli's execution-exception handler: one line on stderr, the trace in the log, exit 1. */
    public static int explain(Exception failure, CommandLine cmd, ParseResult parseResult) {
        AppConfig config = configOf(parseResult);
        boolean explained = failure instanceof DatabaseStartException || failure instanceof ServiceException;
        if (explained) {
            LoggerFactory.getLogger(CommandFailures.class).debug("Command failed", failure);
        } else {
            LoggerFactory.getLogger(CommandFailures.class).error("Command failed", failure);
        }
        PrintWriter err = cmd.getErr();
        err.println("wa-contacts: " + new CommandFailures(userLocale()).describe(failure, config));
        err.flush();
        return EXIT_FAILED;
    }

    /** One line naming the cause; {@code config} says where the data is, when the options could be read. */
    String describe(Throwable failure, AppConfig config) {
        String sentence;
        Optional<Throwable> diskFull = find(failure, DiskFull::is);
        if (diskFull.isPresent()) {
            sentence = diskFull.get() instanceof FileSystemException file && file.getFile() != null
                    ? get("cli.failure.diskFull", folderOf(file.getFile()))
                    : config != null && config.embedded() ? get("cli.failure.diskFull", config.dataDir())
                    : get("cli.failure.serverDiskFull");
        } else if (ConnectionLoss.isLost(failure) && !(failure instanceof DatabaseStartException start
                && start.problem() == DatabaseStartException.Problem.UNREACHABLE)) {
            // A lost connection can surface as any failure (a schema check cut short, too); "unreachable" says more.
            sentence = get(config != null && config.embedded() ? "cli.failure.embeddedStopped" : "cli.failure.connectionLost");
        } else if (failure instanceof DatabaseStartException || failure instanceof ServiceException) {
            sentence = failure.getMessage();
        } else if (find(failure, AccessDeniedException.class::isInstance).orElse(null) instanceof AccessDeniedException denied) {
            sentence = get("cli.failure.accessDenied", denied.getFile());
        } else if (find(failure, NoSuchFileException.class::isInstance).orElse(null) instanceof NoSuchFileException missing) {
            sentence = get("cli.failure.noSuchFile", missing.getFile());
        } else if (find(failure, OutOfMemoryError.class::isInstance).isPresent()) {
            sentence = get("cli.failure.outOfMemory");
        } else {
            sentence = get("cli.failure.unexpected", config == null ? "logs" : config.logDir().resolve("wa-contacts.log"));
        }
        // One line, whatever a message carries.
        return String.valueOf(sentence).replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static Object folderOf(String file) {
        Path path = Path.of(file).toAbsolutePath();
        return path.getParent() == null ? path : path.getParent();
    }

    private static Optional<Throwable> find(Throwable failure, Predicate<Throwable> test) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }

    private String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static AppConfig configOf(ParseResult parseResult) {
        try {
            Object root = parseResult.commandSpec().root().userObject();
            return root instanceof RootCommand command ? command.databaseOptions().toConfig() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

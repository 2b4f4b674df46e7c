package id.wacontacts.app;

import id.wacontacts.cli.NormalizeCommand;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point: runs a command or opens the window. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("normalize")) {
            int exitCode = new CommandLine(new NormalizeCommand()).execute(Arrays.copyOfRange(args, 1, args.length));
            System.exit(exitCode);
        }
    }
}

package id.wacontacts.cli;

import picocli.CommandLine;

/**
 * The command line as the launcher builds it, for command tests: the commands given (built with the
 * output a test reads) stand in for picocli's own instances, failures are explained as the launcher
 * explains them, and no window ever opens.
 */
final class TestCommandLines {

    private TestCommandLines() {
    }

    static CommandLine with(Object... commands) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                for (Object command : commands) {
                    if (type == command.getClass()) {
                        return type.cast(command);
                    }
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine commandLine = RootCommand.withAllCommands(new CommandLine(new RootCommand(() -> {
            throw new AssertionError("no window in a command test");
        }), factory));
        commandLine.setExecutionExceptionHandler(CommandFailures::explain);
        return commandLine;
    }
}

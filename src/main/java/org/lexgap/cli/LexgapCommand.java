package org.lexgap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/** {@code java -jar target/lexgap-cli.jar <command>}: the offline tasks of lexgap ({@code --help} on each). */
@Command(name = "lexgap", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "lexgap 0.1",
        description = "Legal-gap assessment for trafficking in human beings for the purpose of organ removal.",
        subcommands = {ValidateCommand.class, SummaryCommand.class, BenchAssessCommand.class,
                BenchSearchCommand.class, ReportCommand.class, BulkExportCommand.class, BenchReportCommand.class,
                CreateUserCommand.class, ExportFindingsCommand.class, ImportCommand.class, BenchImportCommand.class,
                BenchLoadCommand.class, BenchAccuracyCommand.class, ReadCommand.class, BenchSplitCommand.class})
public final class LexgapCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'validate'");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line with its one error handler: a failure is a message on standard error and exit code 1,
     * never a stack trace (wrong usage stays picocli's exit code 2 with the usage help).
     */
    static CommandLine commandLine() {
        return new CommandLine(new LexgapCommand()).setExecutionExceptionHandler((error, cmd, parsed) -> {
            String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            cmd.getErr().println("lexgap " + cmd.getCommandName() + ": " + message);
            return 1;
        });
    }
}

package io.jixiao.cli;

import io.jixiao.check.CheckResult;
import io.jixiao.check.CheckSummary;
import io.jixiao.check.FileCheck;
import io.jixiao.check.FilingChecker;
import io.jixiao.check.FilingFinder;
import io.jixiao.check.FolderCheck;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code java -jar jixiao-cli.jar check FILE…}: the check goal without Maven, for pre-commit hooks, editors and a
 * quick look at one filing. Same findings, same text, same reports and the same verdict as {@code jixiao:check}:
 * the parser's {@link FolderCheck} prints and writes them; this class only finds the files. A single folder is
 * checked by {@link FolderCheck#run} itself, as the goal checks it (department folders in parallel, memory bounded
 * by the findings).
 *
 * <p>A pre-commit hook names the staged files, not their folder; the cross-year rules compare a filing with its
 * department's previous year, which the hook may not name. So the other filings in the folder of each named file
 * are checked with it, as the goal would, and only the named ones are reported.
 *
 * <p>Exit status: 0 passed, 1 findings that fail (an error, or a warning with {@code --fail-on-warning}), 2 a usage
 * or configuration fault, a missing path, a report that cannot be written, or too little memory (a sentence that
 * says how much there was, not a stack trace). Output is UTF-8 whatever the
 * platform's default encoding, because findings are Chinese and a terminal or CI log that expects UTF-8 is the
 * common case (a hook's output is shown as captured bytes).
 */
public final class JixiaoCli {

    public static final int PASSED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    JixiaoCli(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new JixiaoCli(out, err, System.getenv()).run(Arrays.asList(args));
        out.flush();
        err.flush();
        System.exit(status);
    }

    /** Runs one command line and returns its exit status. */
    int run(List<String> args) {
        Locale locale = Locale.CHINESE;
        try {
            locale = CliOptions.localeOf(args);
            if (args.isEmpty()) {
                throw new CliOptions.UsageException(locale, "cli.command.none");
            }
            String command = args.get(0);
            if (command.equals("-h") || command.equals("--help") || command.equals("help")) {
                out.println(text(locale, "cli.usage"));
                return PASSED;
            }
            if (!command.equals("check")) {
                throw new CliOptions.UsageException(locale, "cli.command.unknown", command);
            }
            CliOptions options = CliOptions.parse(args.subList(1, args.size()));
            if (options.help()) {
                out.println(text(locale, "cli.usage"));
                return PASSED;
            }
            return check(options);
        } catch (CliOptions.UsageException e) {
            err.println(text(e.locale, e.key, e.arguments));
            err.println(text(e.locale, "cli.seeHelp"));
            return USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println(text(locale, "cli.failed", e.getMessage()));
            return USAGE;
        } catch (OutOfMemoryError e) {
            err.println(text(locale, "cli.outOfMemory", Runtime.getRuntime().maxMemory() / (1024 * 1024)));
            return USAGE;
        }
    }

    private int check(CliOptions options) throws IOException, CliOptions.UsageException {
        long start = System.nanoTime();
        if (options.paths().size() == 1 && Files.isDirectory(options.paths().get(0))) {
            // One folder: exactly the goal's run, department folders in parallel and memory bounded by findings.
            Path folder = options.paths().get(0).toAbsolutePath().normalize();
            CheckSummary summary = new FolderCheck(options.checkOptions(folder))
                    .run((severity, line) -> out.println(line), environment);
            return summary.failed() ? FAILED : PASSED;
        }
        Set<Path> named = new LinkedHashSet<>();
        Set<Path> checked = new LinkedHashSet<>();
        for (Path path : options.paths()) {
            Path absolute = path.toAbsolutePath().normalize();
            if (Files.isDirectory(absolute)) {
                var folder = options.checkOptions(absolute);
                for (Path file : FilingFinder.find(absolute, folder.includes(), folder.excludes())) {
                    named.add(file);
                    checked.add(file);
                }
            } else if (Files.isRegularFile(absolute)) {
                named.add(absolute);
                checked.add(absolute);
                checked.addAll(otherYears(absolute));
            } else {
                throw new CliOptions.UsageException(options.locale(), "cli.path.missing", path.toString());
            }
        }
        CheckResult all = new FilingChecker(options.rules(), options.profile()).check(new ArrayList<>(checked));
        List<FileCheck> reported = all.files().stream().filter(f -> named.contains(f.file())).toList();
        FolderCheck report = new FolderCheck(options.checkOptions(Path.of("").toAbsolutePath()));
        CheckSummary summary = report.report(new CheckResult(reported), (severity, line) -> out.println(line),
                environment, start);
        return summary.failed() ? FAILED : PASSED;
    }

    /** The other filings in a file's folder: its department's other years, for the cross-year rules. */
    private static List<Path> otherYears(Path file) throws IOException {
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            return siblings.filter(p -> {
                String name = p.getFileName().toString();
                return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(p);
            }).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        }
    }

    private static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("io.jixiao.cli.cli", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}

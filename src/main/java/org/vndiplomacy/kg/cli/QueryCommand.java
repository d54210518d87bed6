package org.vndiplomacy.kg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionDatasetBuilder;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.store.BuildStamp;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.Problem;
import org.vndiplomacy.kg.vocab.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code query}: runs a SPARQL query (a {@code .rq} file or the query text) against the store, without a server.
 * The default graph is the union of the named graphs, as on the endpoint; text search works as there. The
 * project's prefixes ({@code vnd:}, {@code rdfs:}, {@code country:}, ... and {@code text:}) are declared. A query
 * that runs longer than its timeout (the configuration's, or {@code --timeout}) is stopped: exit code 1.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query (a .rq file or the query text) against the store, without a server.")
final class QueryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", description = "a .rq file, or the text of a query")
    private String query;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json for SELECT and ASK; for CONSTRUCT and DESCRIBE, table gives "
                    + "Turtle and json JSON-LD (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "stop the query after this many seconds (default: the configuration's, 30)")
    private Integer timeoutSeconds;

    @Mixin
    private StoreOptions store;

    @Option(names = "--verbose", description = "print stack traces of internal errors")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return CommandRunner.run(err, verbose, null, () -> {
            String chosen = format.toLowerCase(Locale.ROOT);
            if (!chosen.matches("table|csv|tsv|json")) {
                err.println("error: --format: expected table, csv, tsv or json, got \"" + format + "\"");
                return ExitCodes.INVALID;
            }
            if (timeoutSeconds != null && timeoutSeconds <= 0) {
                err.println("error: --timeout: expected a positive number of seconds, got " + timeoutSeconds);
                return ExitCodes.INVALID;
            }
            Query parsed = parse();
            if ((parsed.isConstructType() || parsed.isDescribeType()) && chosen.matches("csv|tsv")) {
                err.println("error: --format " + chosen + ": a " + parsed.queryType() + " query gives a graph, not a "
                        + "table; use --format table (Turtle) or json (JSON-LD)");
                return ExitCodes.INVALID;
            }
            if (!BuildStamp.built(store.layout())) {
                err.println("error: no built store in " + store.layout().root() + " (run the build command first)");
                return ExitCodes.IO;
            }
            return runOnStore(parsed, chosen, err);
        });
    }

    /** Runs the query on the store within the timeout; prints the answer only when it is complete. */
    private int runOnStore(Query parsed, String format, PrintWriter err) throws IOException, InvalidInputException {
        StoreConfig config = store.readConfig();
        Optional<Duration> timeout = timeoutSeconds != null ? Optional.of(Duration.ofSeconds(timeoutSeconds))
                : config.queryTimeout();
        Dataset dataset = config.assemble();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Txn.executeRead(dataset, () -> run(parsed, dataset, timeout, format, out));
            spec.commandLine().getOut().print(out.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } catch (QueryCancelledException e) {
            err.println("error: the query was stopped after " + seconds(timeout.orElseThrow())
                    + " s (--timeout SECONDS allows longer); nothing was printed");
            return ExitCodes.IO;
        } finally {
            dataset.close();
        }
        return ExitCodes.OK;
    }

    private Query parse() throws IOException, InvalidInputException {
        String source = "the query";
        String text = query;
        if (query.endsWith(".rq")) {
            Path file = Path.of(query);
            source = query;
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        try {
            Query parsed = new Query();
            parsed.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Prefixes.MAPPING)
                    .setNsPrefix("text", "http://jena.apache.org/text#"));
            QueryFactory.parse(parsed, text, null, Syntax.syntaxARQ);
            return parsed;
        } catch (QueryParseException e) {
            throw new InvalidInputException(List.of(new Problem(source, place(e), "not a SPARQL query: " + brief(e))));
        }
    }

    private static final Pattern AT = Pattern.compile("at line (\\d+), column (\\d+)");

    /** The line and column the parser's message names (they can differ from the exception's own fields). */
    private static String place(QueryParseException e) {
        Matcher m = AT.matcher(e.getMessage());
        if (m.find()) {
            return m.group(1) + ":" + m.group(2);
        }
        return e.getLine() > 0 ? e.getLine() + ":" + e.getColumn() : "";
    }

    /** The parser's message on one line, without the list of every token it would have accepted. */
    private static String brief(QueryParseException e) {
        String message = e.getMessage().replaceAll("\\s+", " ").strip();
        int expecting = message.indexOf(" Was expecting");
        return expecting > 0 ? message.substring(0, expecting) : message;
    }

    /** Seconds as written: 30, 1.5. */
    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static void run(Query parsed, Dataset dataset, Optional<Duration> timeout, String format,
            OutputStream out) {
        QueryExecutionDatasetBuilder builder = QueryExecution.dataset(dataset).query(parsed);
        timeout.ifPresent(t -> builder.timeout(t.toMillis(), TimeUnit.MILLISECONDS));
        try (QueryExecution exec = builder.build()) {
            if (parsed.isSelectType()) {
                var results = exec.execSelect();
                switch (format) {
                    case "csv" -> ResultSetMgr.write(out, results, ResultSetLang.RS_CSV);
                    case "tsv" -> ResultSetMgr.write(out, results, ResultSetLang.RS_TSV);
                    case "json" -> ResultSetMgr.write(out, results, ResultSetLang.RS_JSON);
                    default -> ResultSetFormatter.out(out, results, parsed.getPrologue());
                }
            } else if (parsed.isAskType()) {
                boolean answer = exec.execAsk();
                switch (format) {
                    case "csv" -> ResultSetMgr.write(out, answer, ResultSetLang.RS_CSV);
                    case "tsv" -> ResultSetMgr.write(out, answer, ResultSetLang.RS_TSV);
                    case "json" -> ResultSetMgr.write(out, answer, ResultSetLang.RS_JSON);
                    default -> ResultSetFormatter.out(out, answer);
                }
            } else {
                var model = parsed.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                model.setNsPrefixes(Prefixes.MAPPING);
                RDFDataMgr.write(out, model, format.equals("json") ? RDFFormat.JSONLD_PRETTY : RDFFormat.TURTLE_PRETTY);
            }
        }
    }
}

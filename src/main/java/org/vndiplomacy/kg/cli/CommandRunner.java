package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotNotFoundException;
import org.vndiplomacy.kg.store.StoreWriteException;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.Problem;

/** Runs a command's work and turns its failures into one-line messages on stderr and an exit code. */
final class CommandRunner {

    /** The work of a command. */
    interface Work {
        int run() throws IOException, InvalidInputException;
    }

    private CommandRunner() {
    }

    /** The holder named by a TDB2 or Lucene lock failure in the cause chain, or null if there is none. */
    private static String lockHolder(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            java.util.regex.Matcher held = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(message);
            if (message.contains("Failed to get a lock") && held.find()) {
                return "process " + held.group(1) + " holds it";
            }
            if (t.getClass().getName().equals("org.apache.lucene.store.LockObtainFailedException")) {
                return "its text index is locked";
            }
        }
        return null;
    }

    static int run(PrintWriter err, boolean verbose, Work work) {
        return run(err, verbose, "nothing was written", work);
    }

    /** Runs the work; {@code outcome}, if not null, is said after the count of problems of invalid input. */
    static int run(PrintWriter err, boolean verbose, String outcome, Work work) {
        try {
            return work.run();
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            err.println("error: " + e.problems().size() + " problem(s)" + (outcome == null ? "" : "; " + outcome));
            return ExitCodes.INVALID;
        } catch (RiotNotFoundException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.IO;
        } catch (RiotException e) {
            err.println("error: cannot read RDF: " + e.getMessage());
            return ExitCodes.INVALID;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.IO;
        } catch (RuntimeException e) {
            String locked = lockHolder(e);
            if (locked != null) {
                err.println("error: the store is in use by another process (" + locked + "); stop it, or use "
                        + "another --db, and try again");
                return ExitCodes.IO;
            }
            Optional<String> io = StoreWriteException.ioReason(e);
            if (io.isPresent()) {
                err.println("error: " + io.get());
                return ExitCodes.IO;
            }
            err.println("internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCodes.INTERNAL;
        } finally {
            err.flush();
        }
    }
}

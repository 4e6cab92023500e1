package org.govreview.jobs.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed command line: the command (with its sub-command, as in {@code run nightly}), positional arguments and
 * {@code --option value} pairs. Unknown commands and options are rejected with a message naming them.
 */
public record CommandLine(String command, List<String> arguments, Map<String, String> options) {

	public static final String USAGE = """
			usage:
			  govreview run nightly --source PATH [--out DIR] [--fiscal-year YYYY] [--data-dir DIR]
			  govreview rollup --municipality CODE --fiscal-year YYYY [--format csv|json] [--data-dir DIR]
			  govreview executions [--status STATUS] [--data-dir DIR]
			  govreview restart EXECUTION_ID [--data-dir DIR]
			  govreview sheets --municipality CODE --fiscal-year YYYY --out DIR [--data-dir DIR]
			  govreview export TABLE [--municipality CODE] [--fiscal-year YYYY] [--format csv|json] [--data-dir DIR]
			    TABLE: documents, quarantine, measures, ratings, indicators, issues, statistics, visits
			every command also takes --db-url JDBC_URL (an external PostgreSQL instead of the embedded one)""";

	private static final Map<String, Set<String>> OPTIONS = Map.of(
			"run nightly", Set.of("source", "out", "fiscal-year"),
			"rollup", Set.of("municipality", "fiscal-year", "format"),
			"executions", Set.of("status"),
			"restart", Set.of(),
			"sheets", Set.of("municipality", "fiscal-year", "out"),
			"export", Set.of("municipality", "fiscal-year", "format"));

	private static final Set<String> GLOBAL = Set.of("data-dir", "db-url");

	public static CommandLine parse(String[] args) {
		if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
			throw new UsageException("");
		}
		int next = 1;
		String command = args[0];
		if (command.equals("run")) {
			if (args.length < 2 || !args[1].equals("nightly")) {
				throw new UsageException("unknown job '" + (args.length < 2 ? "" : args[1]) + "': the job is 'nightly'");
			}
			command = "run nightly";
			next = 2;
		}
		if (!OPTIONS.containsKey(command)) {
			throw new UsageException("unknown command '" + args[0] + "'");
		}
		List<String> arguments = new ArrayList<>();
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = next; i < args.length; i++) {
			String arg = args[i];
			if (arg.startsWith("--")) {
				String name = arg.substring(2);
				String value = null;
				int equals = name.indexOf('=');
				if (equals >= 0) {
					value = name.substring(equals + 1);
					name = name.substring(0, equals);
				}
				if (!OPTIONS.get(command).contains(name) && !GLOBAL.contains(name)) {
					throw new UsageException("'" + command + "' has no option --" + name);
				}
				if (value == null) {
					if (i + 1 >= args.length) {
						throw new UsageException("--" + name + " needs a value");
					}
					value = args[++i];
				}
				options.put(name, value);
			}
			else {
				arguments.add(arg);
			}
		}
		return new CommandLine(command, arguments, options).validated();
	}

	private CommandLine validated() {
		switch (command) {
			case "run nightly" -> require("source");
			case "rollup" -> {
				require("municipality");
				year("fiscal-year", true);
				if (!options.getOrDefault("format", "table").matches("table|csv|json")) {
					throw new UsageException("--format must be csv or json, was '" + options.get("format") + "'");
				}
			}
			case "restart" -> {
				if (arguments.size() != 1 || !arguments.get(0).matches("\\d+")) {
					throw new UsageException("restart needs one EXECUTION_ID (a number), see 'govreview executions'");
				}
			}
			case "export" -> {
				if (arguments.size() != 1) {
					throw new UsageException("export needs one TABLE: documents, quarantine, measures, ratings, indicators, issues, statistics or visits");
				}
				year("fiscal-year", false);
				if (!options.getOrDefault("format", "csv").matches("csv|json")) {
					throw new UsageException("--format must be csv or json, was '" + options.get("format") + "'");
				}
			}
			case "sheets" -> {
				require("municipality");
				require("out");
				year("fiscal-year", true);
			}
			default -> {
			}
		}
		if (command.equals("run nightly")) {
			year("fiscal-year", false);
		}
		if (!command.equals("restart") && !command.equals("export") && !arguments.isEmpty()) {
			throw new UsageException("unexpected argument '" + arguments.get(0) + "'");
		}
		return this;
	}

	private void require(String option) {
		if (!options.containsKey(option) || options.get(option).isBlank()) {
			throw new UsageException("'" + command + "' needs --" + option);
		}
	}

	private void year(String option, boolean required) {
		if (required) {
			require(option);
		}
		String value = options.get(option);
		if (value != null && !value.matches("(19|20|21)\\d\\d")) {
			throw new UsageException("--" + option + " must be a 4-digit year such as 2023, was '" + value + "'");
		}
	}

	public String option(String name) {
		return options.get(name);
	}

	/** A command line that cannot be run; the message says why. */
	public static class UsageException extends RuntimeException {

		public UsageException(String message) {
			super(message);
		}
	}
}

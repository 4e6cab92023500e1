package org.govreview.jobs.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreview.domain.rollup.RollupRow;
import org.govreview.jobs.export.CsvOutput;
import org.govreview.writers.warehouse.RollupResultStore;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Prints the stored roll-up of one municipality and fiscal year, one row per node, overall last. */
@Component
class RollupCommand {

	static final List<String> COLUMNS = List.of("level", "code", "name", "computed", "lower_bound", "upper_bound",
			"published", "status", "note");

	private final RollupResultStore store;

	private final JsonMapper json;


	RollupCommand(RollupResultStore store, JsonMapper json) {
		this.store = store;
		this.json = json;
	}

	int print(CommandLine commandLine) {
		String code = commandLine.option("municipality");
		int year = Integer.parseInt(commandLine.option("fiscal-year"));
		List<RollupRow> rows = store.load(code, year);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("no roll-up for municipality " + code + " FY" + year
					+ ": run the nightly job on its pledge report first");
		}
		switch (commandLine.options().getOrDefault("format", "table")) {
			case "csv" -> csv(rows);
			case "json" -> System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(maps(rows)));
			default -> table(rows);
		}
		return 0;
	}

	private void table(List<RollupRow> rows) {
		System.out.printf("%-12s %-14s %10s %10s %-13s %s%n", "LEVEL", "CODE", "COMPUTED", "PUBLISHED", "STATUS", "NAME / NOTE");
		for (RollupRow row : rows) {
			System.out.printf("%-12s %-14s %10s %10s %-13s %s%n", row.level().id(), row.code(), computed(row), plain(row.published()),
					row.status(), abbreviate(row.name()));
			if (row.note() != null) {
				System.out.printf("%-12s %-14s %10s %10s %-13s   ↳ %s%n", "", "", "", "", "", row.note());
			}
		}
	}

	private void csv(List<RollupRow> rows) {
		CsvOutput.print(COLUMNS, maps(rows).stream().map(Map::values).toList(), System.out);
	}

	private static List<Map<String, Object>> maps(List<RollupRow> rows) {
		List<Map<String, Object>> maps = new ArrayList<>();
		for (RollupRow row : rows) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("level", row.level().id());
			map.put("code", row.code());
			map.put("name", row.name());
			map.put("computed", row.computed());
			map.put("lower_bound", row.lowerBound());
			map.put("upper_bound", row.upperBound());
			map.put("published", row.published());
			map.put("status", row.status().name());
			map.put("note", row.note());
			maps.add(map);
		}
		return maps;
	}

	private static String computed(RollupRow row) {
		if (row.computed() != null) {
			return (row.exact() ? "" : "~") + plain(row.computed());
		}
		return row.lowerBound() == null ? "-" : plain(row.lowerBound()) + "-" + plain(row.upperBound());
	}

	private static String plain(BigDecimal value) {
		return value == null ? "-" : value.toPlainString();
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 39) + "…";
	}
}

package org.govreview.jobs.export;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code govreview export TABLE}: a warehouse table to standard output, header first, as CSV (see {@link CsvOutput})
 * or as a JSON array of objects; an empty table is the header alone, or {@code []}.
 */
@Component
public class ExportCommand {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ExportCommand(DataSource dataSource, JsonMapper json) {
		this.jdbc = JdbcClient.create(dataSource);
		this.json = json;
	}

	public int export(String tableName, String municipality, Integer fiscalYear, String format) {
		ExportTable table = ExportTable.named(tableName);
		StringBuilder sql = new StringBuilder(table.select);
		List<Object> params = new ArrayList<>();
		if (municipality != null) {
			if (table.municipalityFilter == null) {
				throw new IllegalArgumentException("export " + tableName + " cannot be filtered by --municipality");
			}
			sql.append(" AND ").append(table.municipalityFilter);
			long placeholders = table.municipalityFilter.chars().filter(c -> c == '?').count();
			for (int i = 0; i < placeholders; i++) {
				params.add(municipality);
			}
		}
		if (fiscalYear != null) {
			if (table.yearFilter == null) {
				throw new IllegalArgumentException("export " + tableName + " cannot be filtered by --fiscal-year");
			}
			sql.append(" AND ").append(table.yearFilter);
			params.add(fiscalYear);
		}
		sql.append(" ORDER BY ").append(table.orderBy);
		List<String> columns = new ArrayList<>();
		List<Map<String, Object>> rows = new ArrayList<>();
		jdbc.sql(sql.toString()).params(params).query(rs -> {
			if (columns.isEmpty()) {
				columns.addAll(columns(rs.getMetaData()));
			}
			Map<String, Object> row = new LinkedHashMap<>();
			for (int i = 1; i <= columns.size(); i++) {
				row.put(columns.get(i - 1), value(rs, i));
			}
			rows.add(row);
		});
		if (columns.isEmpty()) {
			columns.addAll(header(sql.toString(), params));
		}
		if ("json".equals(format)) {
			System.out.println(rows.isEmpty() ? "[]" : json.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
			System.out.flush();
		}
		else {
			CsvOutput.print(columns, rows.stream().map(Map::values).toList(), System.out);
		}
		return 0;
	}

	private List<String> header(String sql, List<Object> params) {
		return jdbc.sql(sql + " LIMIT 0").params(params).query((ResultSet rs) -> columns(rs.getMetaData()));
	}

	private static List<String> columns(ResultSetMetaData meta) throws SQLException {
		List<String> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			columns.add(meta.getColumnLabel(i));
		}
		return columns;
	}

	private static Object value(ResultSet rs, int column) throws SQLException {
		Object value = rs.getObject(column);
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.stripTrailingZeros().scale() < 0 ? decimal.setScale(0) : decimal.stripTrailingZeros();
		}
		if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value;
		}
		return value.toString();
	}

	/** The names of the tables, for the command line's usage check. */
	public static List<String> tables() {
		return ExportTable.names();
	}
}

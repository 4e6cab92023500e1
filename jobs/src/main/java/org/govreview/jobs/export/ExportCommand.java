package org.govreview.jobs.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code govreview export TABLE}: a warehouse table to standard output, header first, as CSV or JSON. */
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
			System.out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
		}
		else {
			csv(columns, rows);
		}
		return 0;
	}

	private List<String> header(String sql, List<Object> params) {
		List<String> columns = new ArrayList<>();
		jdbc.sql(sql + " LIMIT 0").params(params).query((ResultSet rs) -> {
			columns.addAll(columns(rs.getMetaData()));
			return null;
		});
		return columns;
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
		if (value instanceof java.sql.Date || value instanceof java.sql.Time || value instanceof java.sql.Timestamp) {
			return value.toString();
		}
		return value;
	}

	private static void csv(List<String> columns, List<Map<String, Object>> rows) {
		StringBuilder out = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
			for (Map<String, Object> row : rows) {
				printer.printRecord(row.values());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.print(out);
		System.out.flush();
	}
}

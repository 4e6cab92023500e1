package org.govreview.readers.document;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an open-data sheet says on every row in one column: its year (年度 | 2024 …) or its municipality's code
 * (全国地方公共団体コード | 162019 …), which the sheet states nowhere else. Stateless.
 */
public final class SheetColumns {

	private static final int MIN_ROWS = 3;

	private SheetColumns() {
	}

	/**
	 * The value every row of some table gives under a header matching {@code header} (compared after NFKC, without
	 * spaces), empty where no table has such a column or its rows differ.
	 */
	public static Optional<String> sameInEveryRow(DocumentModel model, Pattern header) {
		for (Table table : model.tables()) {
			if (table.headerRows() != 1 || table.body().size() < MIN_ROWS) {
				continue;
			}
			for (int c = 0; c < table.header().size(); c++) {
				if (!header.matcher(Words.key(table.header().get(c))).matches()) {
					continue;
				}
				int column = c;
				var values = table.body().stream().map(row -> Words.key(Table.cell(row, column).orElse(""))).distinct().toList();
				if (values.size() == 1 && !values.get(0).isEmpty()) {
					return Optional.of(values.get(0));
				}
			}
		}
		return Optional.empty();
	}
}

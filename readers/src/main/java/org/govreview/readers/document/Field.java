package org.govreview.readers.document;

/**
 * A label and its value: 【視察先】福山市, 視察先：福山市, 視 察 先　福山市, or a label alone on its line with its value on
 * the next. The label has its inner spaces and brackets removed; the value is as printed.
 */
public record Field(String label, String value, Location location) implements Block {

	@Override
	public String text() {
		return label + "：" + value;
	}
}

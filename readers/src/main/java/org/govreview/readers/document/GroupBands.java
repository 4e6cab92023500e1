package org.govreview.readers.document;

import java.util.regex.Pattern;

/**
 * The band a table prints across its rows to open a group of them: a group's label and number, then its title after a
 * space (施策の大綱２ 地域資源を活用した魅力あふれるまち, 基本目標３ 安全な…), in the row's first cell. Stateless;
 * thread-safe.
 */
public final class GroupBands {

	private static final Pattern BAND = Pattern.compile("^[\\p{IsHan}の]{2,6}[0-9０-９]{1,2}[ 　]+\\S");

	private GroupBands() {
	}

	/** Whether the cell opens as a group's band does: a label of a few kanji, its number, a space and a title. */
	public static boolean opens(String cell) {
		return BAND.matcher(cell.strip()).lookingAt();
	}
}

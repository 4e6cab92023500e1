package org.govreview.readers.document;

/**
 * One block of a document as its reader sees it: a heading, a paragraph, a list item, a table or a label–value
 * field. Blocks are immutable.
 */
public sealed interface Block permits Heading, Paragraph, ListItem, Table, Field {

	/** Where the block starts. */
	Location location();

	/** The block's text as printed, cells joined by tabs and lines by newlines. */
	String text();
}

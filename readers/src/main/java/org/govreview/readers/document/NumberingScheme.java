package org.govreview.readers.document;

/**
 * How a heading is numbered. A document's levels come from the order in which its schemes first appear, as a
 * reader of the document infers them; only {@link #CHAPTER} is always the top.
 */
public enum NumberingScheme {

	/** 第1章, 第２節, 第3 */
	CHAPTER,
	/** Ⅰ, Ⅱ or I., II. */
	ROMAN,
	/** 1, 1., １． */
	NUMBER,
	/** 1-1, 1.2, 1-1-1, ①－1 */
	DOTTED,
	/** (1), （１） */
	PARENTHESISED_NUMBER,
	/** ①…⑳ */
	CIRCLED,
	/** ア, イ … */
	KATAKANA,
	/** (ア), （イ） */
	PARENTHESISED_KATAKANA,
	/** 【重点課題】 alone on its line */
	BRACKETED,
	/** Ａ, Ｂ or A., B. before a Japanese title */
	LETTER,
	/** ■, ●, ◆, □, ◇, ▼ before a short title */
	SYMBOL,
	/** a word and its number: 政策1, 施策２, 基本目標Ⅲ, 課題A(1), 経営課題１ */
	LABELLED,
	/** a page's own title, unnumbered, as every slide of a deck prints it: 区の概況 at the top of its page */
	PAGE_TITLE

}

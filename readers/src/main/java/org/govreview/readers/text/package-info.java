/**
 * The Japanese token grammar every reader shares, one implementation per kind of token, and the loading of source
 * text.
 * <ul>
 * <li>{@link org.govreview.readers.text.JapaneseNumbers}: numbers with kanji multipliers and mixed forms (12万3,456,
 * 2億2千万, 3.1万TJ, 45,210千人, 72・5点, ▲1,234), units and approximations ({@link org.govreview.readers.text.Quantity}).</li>
 * <li>{@link org.govreview.readers.text.JapaneseYears}: era years by java.time's {@code JapaneseChronology}.</li>
 * <li>{@link org.govreview.readers.text.JapaneseDates}: calendar dates (令和6年7月9日(火), R6.12.31, 7月9日 in a
 * context year) and as-of dates (12月末現在, 令和5年度末).</li>
 * <li>{@link org.govreview.readers.text.FiscalYears}: fiscal years (令和6年度, H25, 2024年度), only plausible ones.</li>
 * <li>{@link org.govreview.readers.text.ClockTimes}: clock times and ranges (１４：００～１６：００, 午後1時30分～3時, 正午).</li>
 * <li>{@link org.govreview.readers.text.ValueTransitions}: two values joined by an arrow or a range mark, with their
 * years (5.5‰（H25）→ 5.9‰（H31）).</li>
 * <li>{@link org.govreview.readers.text.EvaluationMarks}: evaluations on any scale (★☆, scores, ◎○△×, S–D,
 * 達成/順調/やや遅れ/遅れ) from the vocabulary in {@code evaluation-marks.txt}, and counts per mark.</li>
 * <li>{@link org.govreview.readers.text.IssuedDates}: the date a document states it was issued.</li>
 * <li>{@link org.govreview.readers.text.KanjiNumerals}: numbers written in kanji as minutes write them (十月十五日,
 * 十一万六千九百二十八人, 十八・二七平方キロメートル), in figures before every other rule reads them.</li>
 * <li>{@link org.govreview.readers.text.Furigana}: readings set inline after kanji on pages for learners of Japanese
 * (区民（くみん）), taken out before every other rule reads the words.</li>
 * <li>{@link org.govreview.readers.text.LetterSpacing}: spaces an OCR engine set between Japanese letters (基 本 目 標),
 * taken out of a text spaced so throughout.</li>
 * </ul>
 * All of them are stateless or immutable and thread-safe, and NFKC-normalize text before reading it.
 */
package org.govreview.readers.text;

package org.govreview.readers.text;

import java.time.LocalDate;

/**
 * A calendar date found in text, with where it stands in the NFKC-normalized text ({@link JapaneseDates#normalize}).
 * Immutable.
 *
 * @param date the date
 * @param start the index of its first character in the normalized text
 * @param end the index after its last character
 */
public record StatedDate(LocalDate date, int start, int end) {
}

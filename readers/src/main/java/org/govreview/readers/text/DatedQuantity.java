package org.govreview.readers.text;

/**
 * A quantity and the year it is stated for, as an indicator's 現状値 or 目標値 prints them (5.5‰（H25）). Immutable.
 *
 * @param quantity the value with its unit
 * @param year the western year printed beside it (H25 → 2013), null when none was printed
 */
public record DatedQuantity(Quantity quantity, Integer year) {
}

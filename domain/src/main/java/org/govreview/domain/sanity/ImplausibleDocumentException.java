package org.govreview.domain.sanity;

/** A document whose key fact (its fiscal year) cannot be true: it is quarantined, not stored. */
public class ImplausibleDocumentException extends RuntimeException {

	public ImplausibleDocumentException(String message) {
		super(message);
	}
}

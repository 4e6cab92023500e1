package org.govreview.writers.warehouse;

/** A source file as ingested: its path, the SHA-256 of its bytes, and how its text was obtained. */
public record DocumentRef(String path, String sha256, String origin) {
}

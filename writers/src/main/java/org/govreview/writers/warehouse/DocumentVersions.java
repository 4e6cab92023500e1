package org.govreview.writers.warehouse;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.govreview.domain.document.DocumentKind;
import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The source_document rows: which version of a document is current. Two versions (same kind, municipality,
 * fiscal year and scope, other bytes) are ordered by the document's own date, never by path or arrival: the issued
 * date the texts state when both state different ones, else the files' modification times, and only when those
 * tie too, the path (the same path read again with other bytes: the file was rewritten, the new bytes are later). The later one is current; the earlier one is kept with its facts, superseded, whichever
 * arrives first. Both get a finding naming the other; the current one gets an error finding when it lost most of
 * the earlier one's facts ({@link FactCounts#lostIn}). Runs in the caller's transaction.
 */
final class DocumentVersions {

	/** The location of the findings this class records; the job report and the packs look for it. */
	static final String LOCATION = "versions";

	private final JdbcClient jdbc;

	DocumentVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A version about to be stored. */
	record Version(DocumentKind kind, DocumentRef ref, LocalDate issuedOn, String municipalityCode, int fiscalYear,
			String scope, FactCounts facts) {
	}

	/** Where a version went: its row, and whether it is current (a new or replacing version) or superseded. */
	record Placed(long documentId, IngestOutcome outcome) {
	}

	/** A stored version, as the rule compares them. */
	private record Dated(long id, String path, LocalDate issuedOn, Instant modifiedAt, FactCounts facts) {

		String label() {
			String modified = modifiedAt == null ? null : "file modified " + modifiedAt.truncatedTo(ChronoUnit.SECONDS);
			if (issuedOn == null) {
				return modified == null ? "(no date)" : modified;
			}
			return modified == null ? issuedOn.toString() : issuedOn + " (" + modified + ")";
		}
	}

	/** The same bytes of this kind were stored before, current or superseded: nothing to do. */
	boolean alreadyStored(DocumentKind kind, String sha256) {
		return jdbc.sql("SELECT count(*) FROM source_document WHERE kind = ? AND sha256 = ?")
			.params(kind.id(), sha256).query(Long.class).single() > 0;
	}

	void ensureMunicipality(Municipality municipality) {
		jdbc.sql("""
				INSERT INTO municipality (code, name) VALUES (?, ?)
				ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE municipality.name IS DISTINCT FROM EXCLUDED.name""")
			.params(municipality.code().value(), municipality.name()).update();
	}

	void ensureFiscalYear(FiscalYear fiscalYear) {
		jdbc.sql("INSERT INTO fiscal_year (year, starts_on, ends_on, label) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(fiscalYear.year(), fiscalYear.start(), fiscalYear.end(), fiscalYear.japaneseLabel()).update();
	}

	/**
	 * Stores a version as current (superseding the current one, which keeps its facts) or, when the current one is
	 * later, as superseded; records the version findings on both rows. The caller writes the facts under the
	 * returned id either way.
	 */
	Placed record(Version version, Long jobExecutionId) {
		Optional<Dated> current = current(version);
		if (current.isEmpty()) {
			return new Placed(insert(version, jobExecutionId, null), IngestOutcome.NEW);
		}
		Dated existing = current.get();
		Dated arriving = new Dated(-1, version.ref().path(), version.issuedOn(), version.ref().modifiedAt(), version.facts());
		String basis = laterBasis(arriving, existing);
		boolean arrivingIsLater = isLater(arriving, existing);
		long id;
		if (arrivingIsLater) {
			jdbc.sql("UPDATE source_document SET superseded_at = now() WHERE id = ?").param(existing.id()).update();
			id = insert(version, jobExecutionId, null);
			jdbc.sql("UPDATE source_document SET superseded_by = ? WHERE id = ?").params(id, existing.id()).update();
		}
		else {
			id = insert(version, jobExecutionId, existing.id());
		}
		Dated stored = new Dated(id, arriving.path(), arriving.issuedOn(), arriving.modifiedAt(), arriving.facts());
		Dated later = arrivingIsLater ? stored : existing;
		Dated earlier = arrivingIsLater ? existing : stored;
		String decided = later.path() + " is current (later by " + basis + ")";
		finding(earlier.id(), Finding.warning(LOCATION, "version of " + later.path() + " dated " + later.label() + "; "
				+ decided, "this version: " + earlier.label() + ", kept as superseded"), jobExecutionId);
		finding(later.id(), Finding.warning(LOCATION, "version of " + earlier.path() + " dated " + earlier.label() + "; "
				+ decided, "this version: " + later.label()), jobExecutionId);
		List<String> lost = earlier.facts().lostIn(later.facts());
		if (!lost.isEmpty()) {
			finding(later.id(), Finding.error(LOCATION, "current version lost most of its facts against the earlier version "
					+ earlier.path() + " (dated " + earlier.label() + "): " + String.join(", ", lost), String.join(", ", lost)),
					jobExecutionId);
		}
		return new Placed(id, arrivingIsLater ? IngestOutcome.REPLACED : IngestOutcome.SUPERSEDED);
	}

	void findings(long documentId, List<Finding> findings, Long jobExecutionId) {
		findings.forEach(finding -> finding(documentId, finding, jobExecutionId));
	}

	private void finding(long documentId, Finding finding, Long jobExecutionId) {
		jdbc.sql("""
				INSERT INTO document_finding (document_id, severity, location, message, value, job_execution_id)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(documentId, finding.severity().name(), finding.location(), finding.message(), finding.value(),
					jobExecutionId)
			.update();
	}

	private Optional<Dated> current(Version version) {
		return jdbc.sql("""
				SELECT id, path, issued_on, modified_at, fact_counts FROM source_document
				WHERE kind = ? AND municipality_code = ? AND fiscal_year = ? AND scope = ? AND superseded_at IS NULL""")
			.params(version.kind().id(), version.municipalityCode(), version.fiscalYear(), version.scope())
			.query((rs, n) -> {
				java.sql.Date issued = rs.getDate(3);
				Timestamp modified = rs.getTimestamp(4);
				return new Dated(rs.getLong(1), rs.getString(2), issued == null ? null : issued.toLocalDate(),
						modified == null ? null : modified.toInstant(), FactCounts.parse(rs.getString(5)));
			})
			.optional();
	}

	private long insert(Version version, Long jobExecutionId, Long supersededBy) {
		DocumentRef ref = version.ref();
		return jdbc.sql("""
				INSERT INTO source_document (kind, path, sha256, municipality_code, fiscal_year, scope, origin, job_execution_id,
				    issued_on, modified_at, fact_counts, superseded_by, superseded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END) RETURNING id""")
			.params(version.kind().id(), ref.path(), ref.sha256(), version.municipalityCode(), version.fiscalYear(),
					version.scope(), ref.origin(), jobExecutionId, version.issuedOn(),
					ref.modifiedAt() == null ? null : Timestamp.from(ref.modifiedAt()), version.facts().stored(), supersededBy,
					supersededBy != null)
			.query(Long.class).single();
	}

	private static boolean isLater(Dated a, Dated b) {
		if (a.issuedOn() != null && b.issuedOn() != null && !a.issuedOn().equals(b.issuedOn())) {
			return a.issuedOn().isAfter(b.issuedOn());
		}
		if (a.modifiedAt() != null && b.modifiedAt() != null && !a.modifiedAt().equals(b.modifiedAt())) {
			return a.modifiedAt().isAfter(b.modifiedAt());
		}
		return a.path().equals(b.path()) || a.path().compareTo(b.path()) > 0;
	}

	private static String laterBasis(Dated a, Dated b) {
		if (a.issuedOn() != null && b.issuedOn() != null && !a.issuedOn().equals(b.issuedOn())) {
			return "the issued date stated in the text";
		}
		if (a.modifiedAt() != null && b.modifiedAt() != null && !a.modifiedAt().equals(b.modifiedAt())) {
			return "file modification time" + (a.issuedOn() != null && a.issuedOn().equals(b.issuedOn())
					? ", the texts stating the same issued date" : "");
		}
		return a.path().equals(b.path()) ? "being the same file read again, rewritten"
				: "path, neither the texts nor the files telling their dates apart";
	}
}

package org.govreview.jobs.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.rating.RatingSheet;
import org.govreview.readers.actionplan.ActionPlanReader;
import org.govreview.readers.inspection.InspectionReportReader;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.pledge.PledgeReportReader;
import org.govreview.readers.policy.PolicyStatementReader;
import org.govreview.readers.ratingsheet.PolicyCatalog;
import org.govreview.readers.ratingsheet.RatingSheetReader;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.source.SourceFile;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.writers.warehouse.DocumentRef;
import org.govreview.writers.warehouse.ReviewSubjects;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Classifies a file by its content and reads it with the matching reader. Anything unreadable comes out as
 * {@link IngestItem.Rejected} with a reason naming the file, the place and the value, so the run goes on.
 */
class IngestProcessor implements ItemProcessor<SourceFile, IngestItem> {

	private final SourceTextLoader loader;

	private final DocumentReaders readers;

	private final MunicipalityMaster master;

	private final ReviewSubjects subjects;

	private final FiscalYear fallbackFiscalYear;

	IngestProcessor(SourceTextLoader loader, DocumentReaders readers, MunicipalityMaster master, ReviewSubjects subjects,
			FiscalYear fallbackFiscalYear) {
		this.loader = loader;
		this.readers = readers;
		this.master = master;
		this.subjects = subjects;
		this.fallbackFiscalYear = fallbackFiscalYear;
	}

	@Override
	public IngestItem process(SourceFile file) {
		Path path = file.path();
		String sha256;
		try {
			sha256 = sha256(path);
		}
		catch (IllegalStateException ex) {
			return new IngestItem.Rejected(new DocumentRef(path.toString(), "0".repeat(64), ""), ex.getMessage());
		}
		try {
			if (RatingSheetReader.recognises(path)) {
				return sheet(path, sha256);
			}
			SourceText text = loader.load(path);
			DocumentRef ref = new DocumentRef(path.toString(), sha256, text.origin());
			if (PledgeReportReader.recognises(text)) {
				return new IngestItem.Report(readers.pledgeReports().read(text, fallbackFiscalYear), ref);
			}
			if (InspectionReportReader.recognises(text)) {
				return new IngestItem.Inspection(readers.inspectionReports().read(text, fallbackFiscalYear), ref);
			}
			if (PolicyStatementReader.recognises(text)) {
				return new IngestItem.Policy(readers.policyStatements().read(text, fallbackFiscalYear), ref);
			}
			if (ActionPlanReader.recognises(text)) {
				return new IngestItem.Plan(readers.actionPlans().read(text, fallbackFiscalYear), ref);
			}
			return new IngestItem.Rejected(ref, path + ": not a recognised governance document (its content is not a pledge "
					+ "progress report, action plan, ward or bureau policy, council inspection report or rating sheet)");
		}
		catch (RejectedDocumentException ex) {
			return new IngestItem.Rejected(new DocumentRef(path.toString(), sha256, ""), ex.getMessage());
		}
		catch (RuntimeException ex) {
			return new IngestItem.Rejected(new DocumentRef(path.toString(), sha256, ""),
					path + ": could not be read: " + ex);
		}
	}

	private IngestItem sheet(Path path, String sha256) {
		DocumentRef ref = new DocumentRef(path.toString(), sha256, "xlsx");
		Set<String> known = new HashSet<>();
		RatingSheet sheet = readers.ratingSheets().read(path, (PolicyCatalog) (municipalityCode, fiscalYear) -> {
			known.addAll(subjects.policyCodes(municipalityCode.value(), fiscalYear.year()));
			return known::contains;
		});
		Municipality municipality = master.byCode(sheet.municipalityCode())
			.orElseThrow(() -> new RejectedDocumentException(path, "sheet header, municipality code",
					"local government code is not in the municipality master", sheet.municipalityCode().value()));
		if (known.isEmpty() && subjects.initiativeCodes(sheet.municipalityCode().value()).isEmpty()) {
			throw new RejectedDocumentException(path, "sheet header",
					"no pledge report of " + municipality + " for " + sheet.fiscalYear()
							+ " and no action plan of it in the warehouse: nothing to rate",
					sheet.municipalityCode() + " " + sheet.fiscalYear().year());
		}
		return new IngestItem.Sheet(sheet, municipality, ref);
	}

	static String sha256(Path path) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
			MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("cannot read " + path + ": " + ex.getMessage(), ex);
		}
	}
}

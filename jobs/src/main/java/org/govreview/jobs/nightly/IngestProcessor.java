package org.govreview.jobs.nightly;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.govreview.domain.document.Finding;
import org.govreview.domain.fiscal.FiscalYear;
import org.govreview.domain.municipality.Municipality;
import org.govreview.domain.rating.RatingSheet;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.ratingsheet.PolicyCatalog;
import org.govreview.readers.ratingsheet.RatingSheetReader;
import org.govreview.readers.recognition.DocumentRecognition;
import org.govreview.readers.source.FileSignatures;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.source.SourceChecksum;
import org.govreview.readers.source.SourceFile;
import org.govreview.readers.source.SourceProblems;
import org.govreview.readers.source.ZipContainer;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.writers.warehouse.DocumentRef;
import org.govreview.writers.warehouse.ReviewSubjects;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Classifies a file by its content and reads it with the matching reader, on a worker thread within the reading
 * budget ({@link ReadingBudget}). Whatever goes wrong with one file (a rejection, any exception or Error, the budget
 * running out) comes out as {@link IngestItem.Rejected} with a reason naming the file, the place and what failed,
 * so the run goes on.
 */
class IngestProcessor implements ItemProcessor<SourceFile, IngestItem> {

	static final String NO_CHECKSUM = "0".repeat(64);

	private final SourceTextLoader loader;

	private final DocumentReaders readers;

	private final MunicipalityMaster master;

	private final ReviewSubjects subjects;

	private final FiscalYear fallbackFiscalYear;

	private final ReadingBudget budget;

	private final ReadFaults faults;

	IngestProcessor(SourceTextLoader loader, DocumentReaders readers, MunicipalityMaster master, ReviewSubjects subjects,
			FiscalYear fallbackFiscalYear, ReadingBudget budget, ReadFaults faults) {
		this.loader = loader;
		this.readers = readers;
		this.master = master;
		this.subjects = subjects;
		this.fallbackFiscalYear = fallbackFiscalYear;
		this.budget = budget;
		this.faults = faults;
	}

	@Override
	public IngestItem process(SourceFile file) throws InterruptedException {
		String name = file.name();
		switch (file.status()) {
			case REMOVED -> {
				return new IngestItem.Removed(new DocumentRef(name, NO_CHECKSUM, ""));
			}
			case UNREADABLE -> {
				return new IngestItem.Rejected(new DocumentRef(name, NO_CHECKSUM, ""), name + ": " + file.reason());
			}
			case FILE -> {
			}
		}
		String sha256;
		try {
			sha256 = SourceChecksum.sha256(file.path());
		}
		catch (UncheckedIOException ex) {
			return new IngestItem.Rejected(new DocumentRef(name, NO_CHECKSUM, ""),
					name + ": cannot be read: " + SourceProblems.describe(ex.getCause()));
		}
		DocumentRef unread = new DocumentRef(name, sha256, "");
		try {
			return budget.read(name, () -> {
				faults.apply(name);
				return SanityCheck.check(read(file.path(), name, sha256));
			});
		}
		catch (TimeoutException ex) {
			return new IngestItem.Rejected(unread, name + ": time budget of " + budget.budget().toSeconds()
					+ " s exceeded while reading it; reading abandoned (govreview.ingest.time-budget)");
		}
		catch (ExecutionException ex) {
			Throwable failure = ex.getCause();
			if (failure instanceof RejectedDocumentException rejected) {
				return new IngestItem.Rejected(unread, storedName(rejected.getMessage(), file.path(), name));
			}
			return new IngestItem.Rejected(unread, name + ": could not be read: " + describe(failure));
		}
	}

	private IngestItem read(Path path, String name, String sha256) {
		if (FileSignatures.isZip(path) && ZipContainer.inspect(path) == ZipContainer.Kind.WORKBOOK) {
			RatingSheetReader.requireRatingSheet(path);
			return sheet(path, name, sha256);
		}
		SourceText text = loader.load(path);
		DocumentRef ref = new DocumentRef(name, sha256, text.origin());
		List<Finding> findings = text.findings();
		DocumentRecognition.Recognition recognition = DocumentRecognition.recognise(text);
		DocumentModel model = recognition.model();
		if (recognition.kind().isEmpty()) {
			return new IngestItem.Rejected(ref, name + ": " + recognition.reason());
		}
		return switch (recognition.kind().get()) {
			case PLEDGE_REPORT -> new IngestItem.Report(readers.pledgeReports().read(model, fallbackFiscalYear), ref, findings);
			case INSPECTION_REPORT ->
				new IngestItem.Inspection(readers.inspectionReports().read(model, fallbackFiscalYear), ref, findings);
			case POLICY_STATEMENT -> new IngestItem.Policy(readers.policyStatements().read(model, fallbackFiscalYear), ref, findings);
			case ACTION_PLAN -> new IngestItem.Plan(readers.actionPlans().read(model, fallbackFiscalYear), ref, findings);
			case RATING_SHEET -> throw new IllegalStateException("a text is never a rating sheet");
		};
	}

	private IngestItem sheet(Path path, String name, String sha256) {
		DocumentRef ref = new DocumentRef(name, sha256, "xlsx");
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

	/** A reader's message starts with the path as the JVM prints it; the stored name replaces it. */
	private static String storedName(String message, Path path, String name) {
		String printed = path.toString();
		return message.startsWith(printed) ? name + message.substring(printed.length()) : name + ": " + message;
	}

	/**
	 * What failed and where, on one line: the exception, the deepest cause's message (a database's own words rather
	 * than the framework's wrapping with the SQL), and the first frame in govreview's code.
	 */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		StringBuilder text = new StringBuilder(failure.getClass().getName());
		if (root != failure) {
			text.append(" caused by ").append(root.getClass().getName());
		}
		if (root.getMessage() != null) {
			text.append(": ").append(root.getMessage().strip().lines().findFirst().orElse(""));
		}
		for (StackTraceElement frame : failure.getStackTrace()) {
			if (frame.getClassName().startsWith("org.govreview.")) {
				text.append(" (at ").append(frame).append(')');
				break;
			}
		}
		return text.length() > 600 ? text.substring(0, 597) + "..." : text.toString();
	}

	static String sha256(Path path) {
		return SourceChecksum.sha256(path);
	}
}

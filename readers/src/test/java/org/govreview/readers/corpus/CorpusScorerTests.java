package org.govreview.readers.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.govreview.domain.document.DocumentKind;
import org.govreview.readers.actionplan.ActionPlanReader;
import org.govreview.readers.inspection.InspectionReportReader;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.pledge.PledgeReportReader;
import org.govreview.readers.policy.PolicyStatementReader;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.recognition.DocumentRecognition;
import org.govreview.readers.source.RejectedDocumentException;
import org.govreview.readers.text.SourceText;
import org.govreview.readers.text.SourceTextLoader;
import org.govreview.readers.text.TextPdf;
import org.junit.jupiter.api.AfterAll;
import org.govreview.readers.CiPrerequisite;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fact-level scorer: every document of the corpus under {@code src/test/resources/corpus/<kind>/}, written in
 * layouts unlike the seeds, is read as text and as a PDF rendered from that text, and the facts the readers would
 * store are compared with the facts its JSON lists. Prints recall and precision per kind and producer, writes every
 * missed and wrong fact to {@code target/corpus-score.md}, and fails under the floors each kind's folder sets in
 * its {@code floors.properties} (raised as the readers improve, never lowered to let a change pass).
 */
class CorpusScorerTests {


	enum Producer {

		TEXT, PDF, LIBREOFFICE_PDF,

		/** A document given as the PDF its own program printed (Excel, Word, Calc, Writer), read as it stands. */
		ORIGINAL

	}

	record Outcome(String document, Optional<DocumentKind> expectedKind, Producer producer,
			Optional<DocumentKind> recognisedAs, String rejection, Score score) {
	}

	private static final MunicipalityMaster MASTER = MunicipalityMaster.builtIn();

	private static final SourceTextLoader LOADER = new SourceTextLoader();

	private static final List<Outcome> OUTCOMES = new ArrayList<>();

	@TempDir
	static Path pdfs;

	@BeforeAll
	static void readTheCorpus() throws IOException, InterruptedException {
		Path corpus = corpus();
		List<Path> documents;
		try (Stream<Path> files = Files.walk(corpus)) {
			documents = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
		}
		List<Path> originals;
		try (Stream<Path> files = Files.walk(corpus)) {
			originals = files.filter(file -> ORIGINAL_FILE.matcher(file.getFileName().toString()).matches()).sorted().toList();
		}
		String noLibreOffice = LibreOfficePdfs.unavailable();
		Path printed = Files.createDirectories(pdfs.resolve("libreoffice"));
		if (noLibreOffice == null) {
			List<Path> copies = new ArrayList<>();
			for (Path document : documents) {
				copies.add(Files.write(pdfs.resolve(flat(corpus, document, ".txt")), printedLines(document)));
			}
			LibreOfficePdfs.print(copies, printed);
		}
		else {
			System.err.println("Corpus scorer: LibreOffice PDFs left out: " + noLibreOffice);
		}
		for (Path document : documents) {
			Path json = document.resolveSibling(document.getFileName().toString().replaceFirst("\\.txt$", ".json"));
			ExpectedFacts expected = ExpectedFacts.read(json);
			String name = corpus.relativize(document).toString();
			OUTCOMES.add(score(name, expected, Producer.TEXT, () -> LOADER.load(document)));
			Path pdf = pdfs.resolve(flat(corpus, document, ".pdf"));
			TextPdf.of(printedLines(document)).writeTo(pdf);
			OUTCOMES.add(score(name, expected, Producer.PDF, () -> LOADER.load(pdf)));
			if (noLibreOffice == null) {
				Path office = printed.resolve(flat(corpus, document, ".pdf"));
				OUTCOMES.add(score(name, expected, Producer.LIBREOFFICE_PDF, () -> LOADER.load(office)));
			}
		}
		for (Path original : originals) {
			Path json = original.resolveSibling(ORIGINAL_FILE.matcher(original.getFileName().toString()).replaceFirst("$1.json"));
			OUTCOMES.add(score(corpus.relativize(original).toString(), ExpectedFacts.read(json), Producer.ORIGINAL,
					() -> LOADER.load(original)));
		}
	}

	/**
	 * A PDF kept as its program printed it, beside the fact list named after it (an office file it was printed from
	 * may lie beside it too: the loader asks for the PDF, so only the PDF is scored).
	 */
	private static final Pattern ORIGINAL_FILE = Pattern.compile("(.+)\\.pdf");

	/**
	 * The lines a PDF of the document prints: its UTF-8 text as it stands, page breaks and all; a Shift_JIS CSV's
	 * characters as the loader decodes them, not its bytes.
	 */
	private static List<String> printedLines(Path document) throws IOException {
		try {
			return Files.readAllLines(document);
		}
		catch (java.nio.charset.MalformedInputException notUtf8) {
			return LOADER.load(document).lines();
		}
	}

	private static String flat(Path corpus, Path document, String extension) {
		return corpus.relativize(document).toString().replace('/', '_').replaceFirst("\\.txt$", extension);
	}

	/** Scores a document as {@code load} reads it; a loader's rejection is an outcome like any other, the corpus goes on. */
	private static Outcome score(String name, ExpectedFacts expected, Producer producer,
			java.util.function.Supplier<SourceText> load) {
		try {
			return scored(name, expected, producer, load);
		}
		catch (RuntimeException ex) {
			// a reader's failure on one document is that document's outcome, printed in full; the corpus goes on
			System.err.println("Corpus scorer: " + name + " (" + producer + ") failed:");
			ex.printStackTrace();
			return new Outcome(name, expected.kind(), producer, Optional.empty(), "FAILED: " + ex,
					Score.of(expected.facts(), List.of()));
		}
	}

	private static Outcome scored(String name, ExpectedFacts expected, Producer producer,
			java.util.function.Supplier<SourceText> load) {
		SourceText text;
		try {
			text = load.get();
		}
		catch (RejectedDocumentException ex) {
			return new Outcome(name, expected.kind(), producer, Optional.empty(), ex.getMessage(), Score.of(expected.facts(), List.of()));
		}
		DocumentRecognition.Recognition recognition = DocumentRecognition.recognise(text);
		Optional<DocumentKind> kind = recognition.kind();
		if (kind.isEmpty()) {
			return new Outcome(name, expected.kind(), producer, kind, recognition.reason(), Score.of(expected.facts(), List.of()));
		}
		if (expected.kind().isPresent() && !kind.equals(expected.kind())) {
			// read as another kind, the document would be stored with that kind's facts: every one of them is wrong
			return new Outcome(name, expected.kind(), producer, kind, null,
					Score.of(expected.facts(), storedOrNone(kind.get(), recognition.model())));
		}
		if (!kind.equals(expected.kind())) {
			return new Outcome(name, expected.kind(), producer, kind, null, Score.of(expected.facts(), List.of()));
		}
		try {
			return new Outcome(name, expected.kind(), producer, kind, null,
					Score.of(expected.facts(), StoredFacts.of(read(kind.get(), recognition.model()))));
		}
		catch (RejectedDocumentException ex) {
			return new Outcome(name, expected.kind(), producer, kind, ex.getMessage(),
					Score.of(expected.facts(), List.of()));
		}
	}

	/** The facts a reader of the kind stores from the model; none when that reader refuses it. */
	private static List<Fact> storedOrNone(DocumentKind kind, DocumentModel model) {
		try {
			return StoredFacts.of(read(kind, model));
		}
		catch (RejectedDocumentException refused) {
			return List.of();
		}
	}

	private static Object read(DocumentKind kind, DocumentModel model) {
		return switch (kind) {
			case PLEDGE_REPORT -> new PledgeReportReader(MASTER).read(model, null);
			case ACTION_PLAN -> new ActionPlanReader(MASTER).read(model, null);
			case POLICY_STATEMENT -> new PolicyStatementReader(MASTER).read(model, null);
			case INSPECTION_REPORT -> new InspectionReportReader(MASTER).read(model, null);
			case RATING_SHEET -> throw new IllegalArgumentException("a rating sheet is not text");
		};
	}

	@Test
	void noDocumentMakesAReaderFail() {
		assertThat(OUTCOMES).as("documents a reader failed on rather than read or refused")
			.filteredOn(outcome -> outcome.rejection() != null && outcome.rejection().startsWith("FAILED"))
			.extracting(outcome -> outcome.document() + " (" + outcome.producer() + "): " + outcome.rejection())
			.isEmpty();
	}

	@Test
	void noReaderAcceptsANearMiss() {
		assertThat(OUTCOMES).filteredOn(outcome -> outcome.expectedKind().isEmpty())
			.as("near misses recognised as a kind")
			.allSatisfy(outcome -> assertThat(outcome.recognisedAs()).as(outcome.document()).isEmpty());
	}

	@Test
	void everyKindReachesItsFloors() {
		Assumptions.assumeTrue(System.getProperty("govreview.corpus") == null,
				"scoring a corpus named by -Dgovreview.corpus: the floors belong to the project's own corpus");
		Map<DocumentKind, Score> byKind = totals(outcome -> outcome.producer() != Producer.LIBREOFFICE_PDF);
		assertThat(byKind).isNotEmpty();
		for (Map.Entry<DocumentKind, Score> total : byKind.entrySet()) {
			Floors floor = Floors.of(corpus().resolve(folder(total.getKey())), "");
			assertThat(total.getValue().recall()).as(total.getKey() + " recall").isGreaterThanOrEqualTo(floor.recall());
			assertThat(total.getValue().precision()).as(total.getKey() + " precision")
				.isGreaterThanOrEqualTo(floor.precision());
		}
	}

	@Test
	void everyKindReachesItsFloorsInLibreOfficePdfs() {
		// the build installs LibreOffice (tools/install-pdf-producers): on CI its absence is a failure, not a skip
		CiPrerequisite.require(LibreOfficePdfs.unavailable() == null, LibreOfficePdfs::unavailable);
		Assumptions.assumeTrue(System.getProperty("govreview.corpus") == null,
				"scoring a corpus named by -Dgovreview.corpus: the floors belong to the project's own corpus");
		for (Map.Entry<DocumentKind, Score> total : totals(outcome -> outcome.producer() == Producer.LIBREOFFICE_PDF)
			.entrySet()) {
			Floors floor = Floors.of(corpus().resolve(folder(total.getKey())), "libreoffice.");
			assertThat(total.getValue().recall()).as(total.getKey() + " recall, LibreOffice PDFs")
				.isGreaterThanOrEqualTo(floor.recall());
			assertThat(total.getValue().precision()).as(total.getKey() + " precision, LibreOffice PDFs")
				.isGreaterThanOrEqualTo(floor.precision());
		}
	}

	private static String folder(DocumentKind kind) {
		return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static Map<DocumentKind, Score> totals(Predicate<Outcome> which) {
		Map<DocumentKind, Score> byKind = new EnumMap<>(DocumentKind.class);
		for (Outcome outcome : OUTCOMES) {
			if (which.test(outcome)) {
				outcome.expectedKind().ifPresent(kind -> byKind.merge(kind, outcome.score(), Score::plus));
			}
		}
		return byKind;
	}

	@AfterAll
	static void printTheTable() throws IOException {
		StringBuilder table = new StringBuilder();
		table.append("| kind | producer | documents | recognised | facts stated | stored | correct | recall | precision |\n");
		table.append("|---|---|---|---|---|---|---|---|---|\n");
		Map<String, List<Outcome>> rows = new TreeMap<>();
		for (Outcome outcome : OUTCOMES) {
			String kind = outcome.expectedKind().map(Enum::name).orElse("NONE");
			rows.computeIfAbsent(kind + "\t" + outcome.producer(), key -> new ArrayList<>()).add(outcome);
		}
		Score all = new Score(0, 0, List.of(), List.of());
		for (Map.Entry<String, List<Outcome>> row : rows.entrySet()) {
			Score total = row.getValue().stream().map(Outcome::score).reduce(new Score(0, 0, List.of(), List.of()),
					Score::plus);
			boolean none = row.getKey().startsWith("NONE");
			long recognised = row.getValue()
				.stream()
				.filter(outcome -> outcome.recognisedAs().isPresent()
						&& outcome.recognisedAs().equals(outcome.expectedKind()))
				.count();
			long accepted = row.getValue().stream().filter(outcome -> outcome.recognisedAs().isPresent()).count();
			String[] key = row.getKey().split("\t");
			table.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %d | %d | %d | %s | %s |%n", key[0], key[1],
					row.getValue().size(), none ? accepted + " (must be 0)" : String.valueOf(recognised),
					total.expected(), total.stored(), total.stored() - total.wrong().size(),
					none ? "" : percent(total.recall()), none ? "" : percent(total.precision())));
			if (!none) {
				all = all.plus(total);
			}
		}
		table.append(String.format(Locale.ROOT, "| all | all | | | %d | %d | %d | %s | %s |%n", all.expected(),
				all.stored(), all.stored() - all.wrong().size(), percent(all.recall()), percent(all.precision())));
		System.out.println("Corpus facts: recall and precision per kind and producer\n" + table);
		StringBuilder details = new StringBuilder("# Corpus score\n\n").append(table).append('\n');
		for (Outcome outcome : OUTCOMES) {
			details.append("## ").append(outcome.document()).append(" (").append(outcome.producer()).append(")\n\n");
			details.append("recognised as ").append(outcome.recognisedAs().map(Enum::name).orElse("nothing"));
			if (outcome.rejection() != null) {
				details.append("; rejected: ").append(outcome.rejection());
			}
			details.append(String.format(Locale.ROOT, "; recall %s, precision %s (%d facts stated, %d stored, %d wrong)%n%n",
					percent(outcome.score().recall()), percent(outcome.score().precision()), outcome.score().expected(),
					outcome.score().stored(), outcome.score().wrong().size()));
			outcome.score().missed().forEach(fact -> details.append("- missed: ").append(fact).append('\n'));
			outcome.score().wrong().forEach(fact -> details.append("- WRONG: ").append(fact).append('\n'));
			details.append('\n');
		}
		Path report = Path.of("target", "corpus-score.md");
		Files.createDirectories(report.getParent());
		Files.writeString(report, details);
	}

	private static String percent(double ratio) {
		return String.format(Locale.ROOT, "%.1f %%", ratio * 100);
	}

	/**
	 * The corpus to score: the project's own, or the folder named by {@code -Dgovreview.corpus=DIR} (with the same
	 * {@code <kind>/<name>.txt} and {@code .json} layout, or {@code <name>.pdf} for a PDF as its program printed it), to
	 * measure the readers on documents of your own.
	 */
	private static Path corpus() {
		String external = System.getProperty("govreview.corpus");
		if (external != null && !external.isBlank()) {
			return Path.of(external).toAbsolutePath();
		}
		try {
			return Path.of(CorpusScorerTests.class.getResource("/corpus").toURI());
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new UncheckedIOException(new IOException("the corpus is missing from the test resources", ex));
		}
	}
}

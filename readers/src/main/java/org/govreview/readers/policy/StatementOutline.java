package org.govreview.readers.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govreview.domain.document.Finding;
import org.govreview.readers.policy.Headings.IssueHeading;
import org.govreview.readers.policy.Headings.Label;
import org.govreview.readers.text.SourceText;

/**
 * The parts of a ward or bureau policy, found by their headings in whatever order they come: what precedes the
 * first section (the title, the summary matrix), the mission, and the issues with their fields. A heading it
 * does not know, and text it cannot place, become warnings that carry the text.
 */
final class StatementOutline {

	private static final int LONGEST_TITLE = 60;

	private enum Section {

		PREAMBLE, MISSION, ISSUES, UNKNOWN

	}

	/** A line and its index (0-based). */
	record IndexedLine(int index, String text) {
	}

	final List<IndexedLine> titleLines = new ArrayList<>();

	final List<IndexedLine> headingLines = new ArrayList<>();

	final List<IndexedLine> summaryLines = new ArrayList<>();

	final List<IssueDraft> issues = new ArrayList<>();

	Passage mission;

	int missionLine = -1;

	private final List<IndexedLine> preamble = new ArrayList<>();

	private final List<Finding> findings;

	private Section section = Section.PREAMBLE;

	private IssueDraft issue;

	private Unplaced unplaced;

	private String domain;

	private int lastItem;

	private String lastShape;

	private StatementOutline(List<Finding> findings) {
		this.findings = findings;
	}

	static StatementOutline parse(SourceText text, List<Finding> findings) {
		StatementOutline outline = new StatementOutline(findings);
		for (int i = 0; i < text.lines().size(); i++) {
			String line = text.lines().get(i).strip();
			if (!line.isEmpty()) {
				outline.accept(i, line);
			}
		}
		outline.close();
		outline.placePreamble();
		return outline;
	}

	private void accept(int i, String line) {
		Optional<IssueHeading> issueHeading = Headings.issue(line);
		if (issueHeading.isPresent()) {
			IssueHeading heading = issueHeading.get();
			if (heading.domain().isEmpty() && this.domain != null) {
				heading = new IssueHeading(this.domain, heading.number(), heading.rest());
			}
			start(Section.ISSUES, i, line);
			this.issue = new IssueDraft(heading, i, line);
			return;
		}
		Optional<String> mission = Headings.mission(line);
		if (mission.isPresent()) {
			start(Section.MISSION, i, line);
			this.mission = this.mission == null ? new Passage() : this.mission;
			this.missionLine = this.missionLine < 0 ? i : this.missionLine;
			this.mission.add(i, mission.get());
			return;
		}
		if (Headings.issues(line)) {
			start(Section.ISSUES, i, line);
			return;
		}
		Optional<Label> label = Headings.label(line);
		if (label.isPresent() && this.issue != null) {
			this.lastItem = 0;
			this.issue.label(label.get().field(), i, label.get().inline(), line, this.findings);
			return;
		}
		if (label.isPresent() || (this.section == Section.ISSUES && Headings.domain(line).isPresent())) {
			if (label.isEmpty()) {
				start(Section.ISSUES, i, line);
				this.domain = Headings.domain(line).get();
				return;
			}
			start(Section.UNKNOWN, i, line);
			this.unplaced = new Unplaced(i, line, label.get().field().label + " outside any issue (課題A（1）…): not placed");
			return;
		}
		if (continuesList(line)) {
			text(i, line);
			return;
		}
		if (this.issue != null && (Headings.circled(line).isPresent() || Headings.bracketed(line))) {
			this.lastItem = 0;
			this.issue.unknownField(i, line);
			return;
		}
		if (Headings.numbered(line).isPresent()) {
			start(Section.UNKNOWN, i, line);
			this.unplaced = new Unplaced(i, line, "heading not recognised (not 組織の使命, 課題と背景 or an issue): "
					+ "its text is not placed");
			return;
		}
		text(i, line);
	}

	/** A numbered item that follows the previous one in its shape ((1) first, (2) after (1)) is text, not a heading. */
	private boolean continuesList(String line) {
		Optional<Headings.ItemMarker> marker = Headings.itemMarker(line);
		if (marker.isEmpty() || this.section == Section.PREAMBLE || !Passage.ITEM_MARKER.matcher(line).find()) {
			return false;
		}
		boolean next = marker.get().number() == this.lastItem + 1
				&& (this.lastItem == 0 || marker.get().shape().equals(this.lastShape));
		if (next) {
			this.lastItem = marker.get().number();
			this.lastShape = marker.get().shape();
		}
		return next;
	}

	private void text(int i, String line) {
		switch (this.section) {
			case PREAMBLE -> this.preamble.add(new IndexedLine(i, line));
			case MISSION -> this.mission.add(i, line);
			case UNKNOWN -> this.unplaced.passage.add(i, line);
			case ISSUES -> {
				if (this.issue != null) {
					this.issue.text(i, line);
				}
				else {
					if (this.unplaced == null) {
						this.unplaced = new Unplaced(i, line, "text in the issues section outside any issue: not placed");
					}
					else {
						this.unplaced.passage.add(i, line);
					}
				}
			}
		}
	}

	private void start(Section section, int i, String line) {
		close();
		this.section = section;
		this.lastItem = 0;
		this.headingLines.add(new IndexedLine(i, line));
	}

	private void close() {
		if (this.issue != null) {
			this.issues.add(this.issue);
			this.issue = null;
		}
		if (this.unplaced != null) {
			this.findings.add(this.unplaced.finding());
			this.unplaced = null;
		}
	}

	/** Before the first section: the title (a line naming a 方針), the summary matrix, and anything else. */
	private void placePreamble() {
		boolean inSummary = false;
		for (IndexedLine line : this.preamble) {
			String text = Headings.normalized(line.text());
			boolean titleLike = text.contains("方針") && !text.contains("。") && text.length() <= LONGEST_TITLE;
			if (titleLike) {
				this.titleLines.add(line);
				this.headingLines.add(line);
				inSummary = text.contains("概要");
			}
			else if (inSummary || text.contains("\t") || text.matches(".*</?(p|ul|li|br|td|tr)\\b.*")) {
				this.summaryLines.add(line);
			}
			else {
				this.findings.add(Finding.warning("line " + (line.index() + 1),
						"text before the first section (組織の使命, 課題) is not placed", line.text()));
			}
		}
	}

	/** The document's title: the line naming the 方針 that is not the summary's heading. */
	String title() {
		return this.titleLines.stream()
			.map(IndexedLine::text)
			.filter(text -> !text.contains("概要"))
			.findFirst()
			.or(() -> this.titleLines.stream().map(IndexedLine::text).findFirst())
			.orElse(null);
	}
}

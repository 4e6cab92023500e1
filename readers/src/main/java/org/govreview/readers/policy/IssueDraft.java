package org.govreview.readers.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.govreview.domain.document.Finding;
import org.govreview.domain.policy.PolicyIssue;
import org.govreview.readers.policy.Headings.Field;
import org.govreview.readers.policy.Headings.IssueHeading;

/**
 * One issue (課題) as its lines are read: the text of each field, in whatever order the fields come, the text before
 * the first field, and fields the reader does not know. {@link #build} makes the {@link PolicyIssue} and says what
 * is missing.
 */
final class IssueDraft {

	private static final int LONGEST_TITLE = 80;

	final IssueHeading heading;

	final int line;

	final String headingText;

	private final Map<Field, Passage> fields = new EnumMap<>(Field.class);

	private final Passage beforeFields = new Passage();

	private final List<Unplaced> unknownFields = new ArrayList<>();

	private Field current;

	private Unplaced unknown;

	IssueDraft(IssueHeading heading, int line, String headingText) {
		this.heading = heading;
		this.line = line;
		this.headingText = headingText.strip();
	}

	String id() {
		return this.heading.id();
	}

	void label(Field field, int line, String inline, String labelText, List<Finding> findings) {
		if (this.fields.containsKey(field)) {
			findings.add(Finding.warning("line " + (line + 1), "issue " + id() + " labels " + field.label
					+ " a second time: its text is added to the first", labelText.strip()));
		}
		this.current = field;
		this.unknown = null;
		this.fields.computeIfAbsent(field, f -> new Passage()).add(line, inline);
	}

	void unknownField(int line, String labelText) {
		this.current = null;
		this.unknown = new Unplaced(line, labelText,
				"issue " + id() + ": '" + labelText.strip() + "' is not one of ① 課題名, ② 課題の内容, ③ 課題の背景, "
						+ "④ 課題に対する取組み; its text is not placed");
		this.unknownFields.add(this.unknown);
	}

	void text(int line, String text) {
		if (this.unknown != null) {
			this.unknown.passage.add(line, text);
		}
		else if (this.current != null) {
			this.fields.get(this.current).add(line, text);
		}
		else {
			this.beforeFields.add(line, text);
		}
	}

	Passage field(Field field) {
		Passage passage = this.fields.get(field);
		return passage == null ? new Passage() : passage;
	}

	PolicyIssue build(List<Finding> findings) {
		String title = field(Field.TITLE).isEmpty() ? null : field(Field.TITLE).runOn();
		List<Passage.Paragraph> loose = new ArrayList<>(this.beforeFields.paragraphs());
		if (title == null && !this.heading.rest().isEmpty()) {
			title = this.heading.rest();
		}
		if (title == null && !loose.isEmpty() && isTitleLike(loose.get(0).text())) {
			title = loose.remove(0).text();
		}
		if (!loose.isEmpty()) {
			findings.add(Finding.warning("line " + (loose.get(0).firstLine() + 1), "issue " + id()
					+ ": text before its first field (① 課題名 …) is not placed",
					String.join("\n", loose.stream().map(Passage.Paragraph::text).toList())));
		}
		if (title == null) {
			missing(Field.TITLE, findings);
		}
		String content = text(Field.CONTENT, findings);
		String background = text(Field.BACKGROUND, findings);
		List<String> actions = field(Field.ACTIONS).items().stream().map(Passage.Paragraph::text).toList();
		if (actions.isEmpty()) {
			missing(Field.ACTIONS, findings);
		}
		this.unknownFields.forEach(field -> findings.add(field.finding()));
		return new PolicyIssue(id(), this.heading.domain(), this.heading.number(), title, content, background, actions);
	}

	private String text(Field field, List<Finding> findings) {
		Passage passage = field(field);
		if (passage.isEmpty()) {
			missing(field, findings);
			return null;
		}
		return passage.text();
	}

	private void missing(Field field, List<Finding> findings) {
		String how = this.fields.containsKey(field) ? "is empty" : "is missing";
		findings.add(Finding.warning("line " + (this.line + 1), "issue " + id() + ": " + field.label + " " + how,
				this.headingText));
	}

	private static boolean isTitleLike(String text) {
		return text.length() <= LONGEST_TITLE && !text.contains("。");
	}
}

package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreview.domain.document.Finding;
import org.govreview.domain.inspection.InspectionVisit.MemberOpinion;

/**
 * Each member's opinion on a visit (本市への反映, 所感, 考察): the text from a member's heading to the next heading or
 * section. A member named twice has the texts joined. Opinion text before any member is named cannot be attributed
 * and is reported, one finding per passage, never given to a member, unless the report is one member's own. Not
 * thread-safe; one per visit.
 */
final class Opinions {

	/** 長野県飯田市（１０月１６日）: a place, never a member. */
	private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern
		.compile(Destinations.PREFECTURE_CITY + "(?:[（(].*)?");

	private final Map<String, StringBuilder> byMember = new LinkedHashMap<>();

	private final List<Finding> findings;

	private final String visit;

	private String member;

	private StringBuilder unnamed;

	private final List<Passage> unnamedPassages = new ArrayList<>();

	private record Passage(String text, int line, boolean numbered) {
	}

	/** ①, (2), ３．, ●: the mark a numbered or bulleted point of a committee's opinions starts with. */
	private static final java.util.regex.Pattern POINT = java.util.regex.Pattern
		.compile("^(?:[●○〇◯◆■▶][ 　]?(?=\\S)|[①-⑳]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}(?:[.．、]|[ 　](?=\\S)))");

	/** ● …: a bullet, which marks a point even when it is the only one. */
	private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^[●○〇◯◆■▶・･]");

	/** …していきたい。（田中　一郎）: a sentence's end, then a name in brackets. */
	private static final java.util.regex.Pattern SIGNED = java.util.regex.Pattern
		.compile("^(.*。)\\s*[（(]\\s*(\\p{IsHan}{1,4}[ 　]?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4})\\s*[）)]$");

	/** （佐藤　健一）: a name in brackets alone on its line, family and given name apart, under the passage it signs. */
	private static final java.util.regex.Pattern SIGNATURE = java.util.regex.Pattern
		.compile("^[（(]\\s*(?!以上|以下|参考|抜粋|一部|資料|別紙|写真|出典|敬称|所感|再掲|続|終)(\\p{IsHan}{1,4}[ 　][\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4})\\s*[）)]$");

	private boolean unnamedNumbered;

	/** Whether the section's opinions are a list of ・ items. */
	private boolean dotted;

	/** Whether the opinions name destinations of their own (【長野県飯田市】 (1) … 【長野県伊那市】 (1) …): not this visit's alone. */
	private boolean destinationNamed;

	private int unnamedLine;

	Opinions(String visit, List<Finding> findings) {
		this.visit = visit;
		this.findings = findings;
	}

	void startMember(String member, String text, int line) {
		if (PLACE.matcher(member).matches()) {
			// １　長野県飯田市（１０月１６日） in the committee's opinions: a destination, whose opinions name no member
			startSection();
			this.destinationNamed = true;
			if (!text.isEmpty()) {
				add(text, line);
			}
			return;
		}
		closeUnnamed();
		this.member = member;
		this.byMember.computeIfAbsent(member, name -> new StringBuilder());
		if (!text.isEmpty()) {
			Paragraphs.append(this.byMember.get(member), text);
		}
	}

	/** A new opinions section (所感 after 質疑): its text belongs to no one until a member is named. */
	void startSection() {
		closeUnnamed();
		this.dotted = false;
		this.member = null;
	}

	/**
	 * …提案したい。 over （佐藤　健一） set right on the line below: when the text is a name in brackets under a passage
	 * no member is named for yet, the passage is that member's; false, and nothing done, otherwise.
	 */
	boolean signs(String text) {
		java.util.regex.Matcher signature = SIGNATURE.matcher(text.strip());
		if (this.member != null || this.unnamed == null || !this.unnamed.toString().strip().endsWith("。") || !signature.matches()) {
			return false;
		}
		String said = this.unnamed.toString();
		this.unnamed = null;
		Paragraphs.append(this.byMember.computeIfAbsent(signature.group(1).replaceAll("[ 　]", ""), name -> new StringBuilder()), said);
		return true;
	}

	void add(String text, int line) {
		java.util.regex.Matcher signed = SIGNED.matcher(text.strip());
		if (this.member == null && signed.matches()) {
			// …提案していきたい。（田中　一郎）: a paragraph signed at its end by the member who wrote it
			StringBuilder said = this.unnamed == null ? new StringBuilder() : this.unnamed;
			Paragraphs.append(said, signed.group(1));
			this.unnamed = null;
			Paragraphs.append(this.byMember.computeIfAbsent(signed.group(2).replaceAll("[ 　]", ""), name -> new StringBuilder()),
					said.toString());
			return;
		}
		if (this.member != null) {
			Paragraphs.append(this.byMember.get(this.member), text);
			return;
		}
		String[] lines = text.split("\n");
		if (lines.length > 1 && java.util.Arrays.stream(lines).skip(1).anyMatch(each -> POINT.matcher(each.strip()).lookingAt())) {
			// 1 所得制限のない… / 2 財源確保のために… printed as one paragraph: each numbered point on its own
			StringBuilder piece = new StringBuilder();
			for (String each : lines) {
				if (POINT.matcher(each.strip()).lookingAt() && piece.length() > 0) {
					add(piece.toString(), line);
					piece.setLength(0);
				}
				piece.append(piece.length() > 0 ? "\n" : "").append(each);
			}
			add(piece.toString(), line);
			return;
		}
		// ・ …: a bullet of its own where the section's first passage is one (inside a passage ・ may be the wrap of
		// パーク・アンド・ライド; after ● points, a ・ list is another article's)
		boolean dot = text.strip().matches("(?s)^・[ 　]?\\S.*");
		if (this.unnamed == null && this.unnamedPassages.isEmpty()) {
			this.dotted = dot;
		}
		boolean point = POINT.matcher(text.strip()).lookingAt() || dot && this.dotted;
		if (point) {
			// ① …, ② …: the committee's opinions one point at a time
			closeUnnamed();
		}
		if (this.unnamed == null) {
			this.unnamed = new StringBuilder();
			this.unnamedLine = line;
			this.unnamedNumbered = point;
		}
		Paragraphs.append(this.unnamed, text);
	}

	/**
	 * The opinions by member. {@code soleAuthor}, the one member a single member's report is by (else null), wrote
	 * what names no one; without one such a passage is reported, never given to a member.
	 */
	List<MemberOpinion> finish(String soleAuthor, String body) {
		closeUnnamed();
		// （その１・その２を通じて） over the points: what they cover, no opinion
		this.unnamedPassages.removeIf(passage -> passage.text().strip().matches("^[（(][^（）()]{1,30}[）)]$"));
		// 以　上 under the last opinion: the report's end, no opinion
		this.unnamedPassages.removeIf(passage -> passage.text().replaceAll("[\\s　]", "").equals("以上"));
		List<MemberOpinion> points = new ArrayList<>();
		String pointsBy = soleAuthor != null ? soleAuthor : body;
		// a lone passage counts when a bullet marks it as one of the points (● …), not when it is running text whose
		// paragraphs no mark parts
		boolean numbered = pointsBy != null && !this.destinationNamed && !this.unnamedPassages.isEmpty()
				&& (this.unnamedPassages.size() >= 2 || BULLET.matcher(this.unnamedPassages.get(0).text().strip()).lookingAt())
				&& this.unnamedPassages.stream().allMatch(Passage::numbered);
		for (Passage passage : this.unnamedPassages) {
			if (numbered) {
				// 所感 in numbered points, no member named: each point is an opinion of the committee, the faction or
				// the one member the report is by
				points.add(new MemberOpinion(pointsBy, passage.text()));
			}
			else if (soleAuthor != null) {
				Paragraphs.append(this.byMember.computeIfAbsent(soleAuthor, name -> new StringBuilder()), passage.text());
			}
			else {
				this.findings.add(Finding.warning("line " + (passage.line() + 1), this.visit + ": an opinion that names no member",
						passage.text()));
			}
		}
		this.unnamedPassages.clear();
		List<MemberOpinion> opinions = new ArrayList<>();
		this.byMember.forEach((name, text) -> {
			if (!text.isEmpty()) {
				opinions.add(new MemberOpinion(name, text.toString()));
			}
		});
		opinions.addAll(points);
		return opinions;
	}

	private void closeUnnamed() {
		if (this.unnamed != null) {
			this.unnamedPassages.add(new Passage(this.unnamed.toString(), this.unnamedLine, this.unnamedNumbered));
			this.unnamed = null;
		}
	}
}

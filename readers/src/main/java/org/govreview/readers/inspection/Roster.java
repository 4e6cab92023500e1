package org.govreview.readers.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreview.readers.document.Block;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.document.Paragraph;

/**
 * A committee's roster printed as its own block, a newsletter's sign-off: 市民文教委員会 / 委員長　大川　博之 /
 * 副委員長　新井由美子 / 委員　石川　拓也. It names the members only when its committee is the one the report's head
 * names, so that the roster of another committee on the same page (広報広聴委員会) names no one. A roster told in
 * one sentence of a post names them wherever it stands ({@link #told}). Stateless.
 */
final class Roster {

	private static final Pattern COMMITTEE = Pattern.compile("^(\\S{2,20}委員会)$");

	/** 委員長, 副団長, 会長: the roles a roster lists its members under. */
	private static final String ROLE = "(?:副?委員長|委員|副?団長|団員|副?会長)";

	private static final Pattern ROLE_AND_NAME = Pattern
		.compile("^" + ROLE + "[\\s　]+(\\p{IsHan}{1,4}[\\s　]?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4})$");

	/** 委員長 神谷昌宏、副委員長 杉浦美樹、委員 石川健一、鈴木直子、…、そして私 岩瀬祐樹です。: the roster told in a sentence. */
	private static final Pattern TOLD_ROSTER = Pattern.compile("^(?:副?委員長|団長|会長)[\\s　]+[^、。]{2,9}、.*。$");

	private static final Pattern TOLD_NAME = Pattern
		.compile("^(?:そして|また)?(?:私|わたし)?[\\s　]*" + ROLE + "?[\\s　]*(\\p{IsHan}{1,4}[\\s　]?[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{1,4})$");

	private static final int TOLD_NEEDED = 3;

	/** The names a sentence lists role by role (委員長 X、副委員長 Y、委員 A、B); empty when no line does. */
	static List<String> told(List<String> lines) {
		for (String line : lines) {
			String normalized = InspectionDates.normalize(line).strip();
			if (!TOLD_ROSTER.matcher(normalized).matches()) {
				continue;
			}
			List<String> names = new ArrayList<>();
			for (String part : normalized.split("、")) {
				Matcher name = TOLD_NAME.matcher(part.strip().replaceFirst("(?:です|でした)?。$", ""));
				if (!name.matches()) {
					names.clear();
					break;
				}
				names.add(name.group(1).replaceAll("[\\s　]+", ""));
			}
			if (names.size() >= TOLD_NEEDED) {
				return names;
			}
		}
		return List.of();
	}

	private static final int HEAD_LINES = 25;

	private static final int MEMBERS_NEEDED = 2;

	private Roster() {
	}

	/** The names of the roster of the committee the head names, as printed; empty when there is none. */
	static List<String> of(DocumentModel model) {
		List<String> lines = model.source().lines();
		String head = InspectionDates.normalize(String.join("\n", lines.subList(0, Math.min(HEAD_LINES, lines.size()))))
			.replaceAll("[ 　]+", "");
		for (Block block : model.blocks()) {
			if (!(block instanceof Paragraph paragraph) || block.location().line() <= HEAD_LINES) {
				continue;
			}
			List<String> printed = paragraph.lines().stream().map(line -> InspectionDates.normalize(line).strip()).toList();
			Matcher committee = COMMITTEE.matcher(printed.get(0).replaceAll("[ 　]+", ""));
			if (!committee.matches() || !head.contains(committee.group(1))) {
				continue;
			}
			List<String> names = new ArrayList<>();
			for (String line : printed.subList(1, printed.size())) {
				Matcher member = ROLE_AND_NAME.matcher(line);
				if (!member.matches()) {
					break;
				}
				names.add(member.group(1).replaceAll("[\\s　]+", ""));
			}
			if (names.size() >= MEMBERS_NEEDED) {
				return names;
			}
		}
		return List.of();
	}

	/** 委 員 長 西村 隆之, 委 員 坪田 和夫 奥村 克巳: a role, spaced out or not, then the names it lists. */
	private static final Pattern LISTED_ROLE = Pattern
		.compile("^(?:副[ 　]*)?(?:委[ 　]*員|議[ 　]*員)([ 　]*長)?[ 　]+(\\S.*)$");

	/** 及 at a line's end, after whole names: the first letter of a family name the line's width broke. */
	private static final Pattern SPLIT_FAMILY = Pattern.compile("[ 　]+(\\p{IsHan})$");

	/** 川 大地 …: the rest of that family name, its given name and the names after it. */
	private static final Pattern NEXT_HALF = Pattern.compile("^(\\p{IsHan}{1,2})[ 　]+(\\S.*)$");

	/** How far down the head a roster may stand, below the committee, the dates and the places visited. */
	private static final int ROSTER_LINES = 45;

	/** 坪田 (和夫): a family name, then a given name, each a token of its own. */
	private static final Pattern FAMILY = Pattern.compile("^\\p{IsHan}{2,3}$");

	private static final Pattern GIVEN = Pattern.compile("^[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々]{1,4}$");

	/**
	 * A cover's roster, role by role on lines of their own near its top (委 員 長 西村 隆之 / 副 委 員 長 高島 真由美 /
	 * 委 員 坪田 和夫 奥村 克巳 … and a line of more names under it), each name a family and a given name one space
	 * apart as a text extraction prints them; empty unless two roles list three names or more.
	 */
	static List<String> listed(List<String> lines) {
		List<String> names = new ArrayList<>();
		int roles = 0;
		boolean membersOpen = false;
		String carried = null;
		for (int i = 0; i < Math.min(ROSTER_LINES, lines.size()); i++) {
			String line = carried != null ? carried : InspectionDates.normalize(lines.get(i)).strip();
			carried = null;
			Matcher split = SPLIT_FAMILY.matcher(line);
			Matcher listing = LISTED_ROLE.matcher(line);
			String listed = listing.matches() ? listing.group(2) : membersOpen ? line : null;
			// a family name broken leaves the line's names one token short of whole pairs
			if (listed != null && listed.strip().split("[ 　]+").length % 2 == 1 && split.find() && i + 1 < lines.size()) {
				// … 佐々木 健太郎 及 over 川 大地 藤原 美和子: a family name the line's width broke, joined again
				Matcher rest = NEXT_HALF.matcher(InspectionDates.normalize(lines.get(i + 1)).strip());
				if (rest.matches()) {
					line = line.substring(0, split.start()) + " " + split.group(1) + rest.group(1) + " " + rest.group(2);
					carried = "";
				}
			}
			Matcher role = LISTED_ROLE.matcher(line);
			List<String> found = role.matches() ? paired(role.group(2)) : membersOpen ? paired(line) : List.of();
			if (found.isEmpty()) {
				if (roles > 0) {
					break;
				}
				continue;
			}
			roles += role.matches() ? 1 : 0;
			membersOpen = role.matches() && role.group(1) == null || !role.matches();
			names.addAll(found);
			if (carried != null) {
				i++;
				carried = null;
			}
		}
		return roles >= 2 && names.size() >= TOLD_NEEDED ? names : List.of();
	}

	/** 坪田 和夫 奥村 克巳 吉川 さやか → 坪田和夫, 奥村克巳, 吉川さやか; empty unless every pair is a family and a given name. */
	private static List<String> paired(String printed) {
		String[] tokens = printed.strip().split("[ 　]+");
		if (tokens.length % 2 != 0) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		for (int t = 0; t < tokens.length; t += 2) {
			if (!FAMILY.matcher(tokens[t]).matches() || !GIVEN.matcher(tokens[t + 1]).matches()
					|| PersonNames.isRole(tokens[t]) || PersonNames.isRole(tokens[t + 1])) {
				return List.of();
			}
			names.add(tokens[t] + tokens[t + 1]);
		}
		return names;
	}
}

package org.govreview.readers.inspection;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.govreview.domain.inspection.InspectionVisit;
import org.govreview.domain.inspection.InspectionVisit.MemberOpinion;
import org.govreview.domain.inspection.InspectionVisit.QuestionAnswer;
import org.govreview.domain.municipality.Municipality;
import org.govreview.readers.inspection.Fragments.Fragment;

/** A visit's facts, typed, as they are gathered from its sections and the itinerary. Not thread-safe. */
final class VisitFacts {

	final int firstLine;

	final String reportNumber;

	List<QuestionAnswer> questions;

	List<MemberOpinion> opinions;

	final List<String> reporters = new ArrayList<>();

	final List<String> participants = new ArrayList<>();

	LocalDate date;

	/** The day of the month of a visit dated by its day alone (翌13日（水）); 0 when it is not. */
	int dayOfMonth;

	/** Dated 同日: on the day of the visit described before it. */
	boolean sameDayAsBefore;

	LocalTime start;

	LocalTime end;

	/** Where the destination is named, and the name as printed; null when the visit names none. */
	Fragment place;

	String placeName;

	/** What its 視察先 printed, several places perhaps. */
	String listedPlaces;

	Municipality destination;

	StatedFigures figures = new StatedFigures(null, null, null, null);

	/** True when the figures are this place's column of a table comparing the places, which no other text outranks. */
	boolean comparedFigures;

	String topic;

	String purpose;

	String homeSituation;

	VisitFacts(int firstLine, String reportNumber, List<QuestionAnswer> questions, List<MemberOpinion> opinions) {
		this.firstLine = firstLine;
		this.reportNumber = reportNumber;
		this.questions = questions;
		this.opinions = opinions;
	}

	/** Takes what another description of the same visit states and this one does not. */
	void absorb(VisitFacts other) {
		this.date = this.date != null ? this.date : other.date;
		if (this.start == null) {
			this.start = other.start;
			this.end = other.end;
		}
		else if (other.start != null && other.end != null && this.end != null && !other.start.isBefore(this.end)) {
			// （その１）10:00～11:45, （その２）13:30～15:00: a visit in parts, from the first start to the last end
			this.end = other.end;
		}
		this.topic = this.topic != null ? this.topic : other.topic;
		this.purpose = this.purpose != null ? this.purpose : other.purpose;
		this.homeSituation = this.homeSituation != null ? this.homeSituation : other.homeSituation;
		this.figures = other.comparedFigures && !this.comparedFigures ? other.figures.or(this.figures)
				: this.figures.or(other.figures);
		this.comparedFigures |= other.comparedFigures;
		this.questions = withPart(this.questions, other.questions);
		this.opinions = withPart(this.opinions, other.opinions);
		other.reporters.stream().filter(name -> !this.reporters.contains(name)).forEach(this.reporters::add);
		other.participants.stream().filter(name -> !this.participants.contains(name)).forEach(this.participants::add);
	}

	/**
	 * What one description states, completed by another's: its own when the other states nothing new; the other's when
	 * it states nothing; both, the other's after, when each holds what the other does not (the second part's questions,
	 * asked after the first part's).
	 */
	private static <T> List<T> withPart(List<T> own, List<T> other) {
		if (own.isEmpty()) {
			return other;
		}
		if (other.isEmpty() || other.stream().anyMatch(own::contains)) {
			return own;
		}
		List<T> all = new ArrayList<>(own);
		all.addAll(other);
		return all;
	}

	/**
	 * True when an itinerary row is about this visit, by the rule of the pass: 0, the same destination and, when both
	 * are dated, the same day; 1, the same destination; 2, the same day.
	 */
	boolean describes(Itinerary.Entry entry, LocalDate entryDate, int rule) {
		boolean sameName = this.placeName != null && Destinations.sameName(this.placeName, entry.place());
		boolean sameDay = this.date != null && this.date.equals(entryDate);
		return switch (rule) {
			case 0 -> sameName && (this.date == null || entryDate == null || sameDay);
			case 1 -> sameName;
			default -> sameDay;
		};
	}

	/** The visit; people the report names for every visit stand in where the visit names none of its own. */
	InspectionVisit toVisit(int sequence, List<String> defaultReporters, List<String> defaultParticipants) {
		return new InspectionVisit(sequence, this.reportNumber, this.date, this.start, this.end, this.destination,
				this.figures.population(), this.figures.households(), this.figures.areaKm2(), this.figures.asOf(),
				unquoted(this.topic), this.purpose, this.homeSituation,
				this.reporters.isEmpty() ? defaultReporters : distinct(this.reporters),
				this.participants.isEmpty() ? defaultParticipants : distinct(this.participants), this.questions,
				this.opinions);
	}

	/** 「インバウンド観光の推進について」 under 視察項目: the topic, not the brackets it was set in. */
	private static String unquoted(String topic) {
		if (topic == null || !topic.startsWith("「") || !topic.endsWith("」")) {
			return topic;
		}
		String inner = topic.substring(1, topic.length() - 1);
		return inner.isBlank() || inner.contains("「") || inner.contains("」") ? topic : inner.strip();
	}

	private static List<String> distinct(List<String> names) {
		return names.stream().distinct().toList();
	}
}

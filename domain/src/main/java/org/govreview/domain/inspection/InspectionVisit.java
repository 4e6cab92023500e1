package org.govreview.domain.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.govreview.domain.municipality.Municipality;

/**
 * 視察: one visit. Population, households and area are as the report states them for the destination, with their
 * as-of date; any may be null when not stated. {@code reportNumber} is the report's own number (No. 548), if any.
 */
public record InspectionVisit(int sequence, String reportNumber, LocalDate date, LocalTime startTime, LocalTime endTime,
		Municipality destination, Long population, Long households, BigDecimal areaKm2, LocalDate statedAsOf,
		String topic, String purpose, String homeSituation, List<String> reporters, List<String> participants,
		List<QuestionAnswer> questions, List<MemberOpinion> opinions) {

	public InspectionVisit {
		reporters = List.copyOf(reporters);
		participants = List.copyOf(participants);
		questions = List.copyOf(questions);
		opinions = List.copyOf(opinions);
	}

	/** 質→答: a question put during the visit and the answer given. */
	public record QuestionAnswer(String question, String answer) {
	}

	/** 所感 / 考察: one member's opinion on the visit. */
	public record MemberOpinion(String member, String opinion) {
	}
}

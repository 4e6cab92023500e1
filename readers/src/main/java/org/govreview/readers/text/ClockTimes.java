package org.govreview.readers.text;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times and time ranges as documents print them: 14:00, １４：００ (full width), 14時30分, 14時半, 午前10時,
 * 午後1時30分, 正午 (12:00); ranges joined by ～, 〜, ~, -, −, ―, — or から…まで (１４：００～１６：００,
 * 午前10時から正午まで). An end without 午前/午後 after a start in the afternoon is in the afternoon too
 * (午後1時30分～3時 → 13:30–15:00), as is an end that would otherwise come before its start (11時～1時 → 11:00–13:00).
 * Text is NFKC-normalized first. Stateless and thread-safe.
 */
public final class ClockTimes {

	private static final String TIME = "(?:(午前|午後)?\\s*(\\d{1,2})\\s*(?:時\\s*(?:(\\d{1,2})\\s*分|(半))?|:\\s*(\\d{2}))|(正午))";

	/** Groups of one time in {@link #TIME}: 午前/午後, hour, minute (時), 半, minute (:), 正午. */
	private static final int GROUPS = 6;

	private static final Pattern ONE = Pattern.compile("(?<!\\d)" + TIME);

	private static final Pattern RANGE = Pattern
		.compile("(?<!\\d)" + TIME + "\\s*(?:~|〜|-|－|−|―|—|‐|ー|–|→|⇒|から)\\s*" + TIME + "(?:\\s*まで)?");

	private ClockTimes() {
	}

	/** A time range: when it starts and when it ends. */
	public record TimeRange(LocalTime start, LocalTime end) {
	}

	/** The first clock time in {@code text}. */
	public static Optional<LocalTime> firstTime(String text) {
		Matcher matcher = ONE.matcher(JapaneseDates.normalize(text));
		while (matcher.find()) {
			Optional<LocalTime> time = time(matcher, 1, null);
			if (time.isPresent()) {
				return time;
			}
		}
		return Optional.empty();
	}

	/** The first time range in {@code text} (14時00分～15時30分 → 14:00–15:30). */
	public static Optional<TimeRange> firstRange(String text) {
		Matcher matcher = RANGE.matcher(JapaneseDates.normalize(text));
		while (matcher.find()) {
			Optional<LocalTime> start = time(matcher, 1, null);
			if (start.isEmpty()) {
				continue;
			}
			Optional<LocalTime> end = time(matcher, 1 + GROUPS, start.get());
			if (end.isPresent()) {
				return Optional.of(new TimeRange(start.get(), end.get()));
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalTime> time(Matcher matcher, int first, LocalTime start) {
		if (matcher.group(first + 5) != null) {
			return Optional.of(LocalTime.NOON);
		}
		String half = matcher.group(first);
		int hour = Integer.parseInt(matcher.group(first + 1));
		String minutes = matcher.group(first + 2) != null ? matcher.group(first + 2) : matcher.group(first + 4);
		int minute = matcher.group(first + 3) != null ? 30 : minutes == null ? 0 : Integer.parseInt(minutes);
		if ("午後".equals(half) && hour < 12) {
			hour += 12;
		}
		else if (half == null && start != null && hour < 12 && (start.getHour() >= 12 || hour < start.getHour())
				&& hour + 12 >= start.getHour()) {
			hour += 12;
		}
		try {
			return Optional.of(LocalTime.of(hour, minute));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}
}

package org.govreview.domain.rollup;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * A roll-up rule: one {@link LevelRule} per level above the activities, read from a properties file such as
 * {@code templates/rollup/pledge-report.properties}, where each key is {@code LEVEL.SETTING}:
 * {@code input-scale}, {@code scale}, {@code aggregation}, {@code rounding}, {@code published-rounding}.
 */
public final class RollupRule {

	private final String name;

	private final Map<RollupLevel, LevelRule> levels;

	public RollupRule(String name, Map<RollupLevel, LevelRule> levels) {
		this.name = name;
		// EnumMap's copy constructor rejects an empty non-EnumMap with a message naming nothing
		this.levels = new EnumMap<>(RollupLevel.class);
		this.levels.putAll(levels);
		for (RollupLevel level : RollupLevel.values()) {
			if (level != RollupLevel.ACTIVITY && !this.levels.containsKey(level)) {
				throw new IllegalArgumentException("roll-up rule " + name + " has no settings for level " + level.id());
			}
		}
	}

	public static RollupRule load(String name, Reader source) throws IOException {
		Properties properties = new Properties();
		properties.load(source);
		Map<RollupLevel, LevelRule> levels = new EnumMap<>(RollupLevel.class);
		for (RollupLevel level : RollupLevel.values()) {
			if (level == RollupLevel.ACTIVITY) {
				continue;
			}
			String prefix = level.id() + ".";
			levels.put(level,
					new LevelRule(level, decimal(properties, name, prefix + "input-scale"),
							decimal(properties, name, prefix + "scale"),
							Aggregation.parse(required(properties, name, prefix + "aggregation"), name + " " + prefix + "aggregation"),
							Rounding.parse(properties.getProperty(prefix + "rounding", "none"), name + " " + prefix + "rounding"),
							Rounding.parse(properties.getProperty(prefix + "published-rounding", "none"),
									name + " " + prefix + "published-rounding")));
		}
		return new RollupRule(name, levels);
	}

	private static String required(Properties properties, String name, String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("roll-up rule " + name + " is missing " + key);
		}
		return value;
	}

	private static BigDecimal decimal(Properties properties, String name, String key) {
		String value = required(properties, name, key);
		try {
			BigDecimal decimal = new BigDecimal(value.strip());
			if (decimal.signum() <= 0) {
				throw new NumberFormatException();
			}
			return decimal;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("roll-up rule " + name + ": " + key + " must be a positive number, was '" + value + "'");
		}
	}

	public String name() {
		return name;
	}

	public LevelRule level(RollupLevel level) {
		LevelRule rule = levels.get(level);
		if (rule == null) {
			throw new IllegalArgumentException("roll-up rule " + name + " has no settings for level " + level.id());
		}
		return rule;
	}
}

package org.govreview.jobs.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code govreview.*}. Each can be given in application.properties, as an environment variable
 * (GOVREVIEW_DATA_DIR) or on the command line.
 */
@ConfigurationProperties("govreview")
public class GovreviewProperties {

	/** Holds the embedded PostgreSQL data (under postgres/); ignored when spring.datasource.url names a server. */
	private Path dataDir = Path.of(System.getProperty("user.home"), ".govreview");

	/** Where review packs and generated rating sheets are written. */
	private Path out = Path.of("out");

	private final Pack pack = new Pack();

	private final Ingest ingest = new Ingest();

	/** The roll-up rule file; empty means the built-in templates/rollup/pledge-report.properties. */
	private String rollupRule = "";

	/** Extra municipality master files (CSV: code,prefecture,name,reading,kind,retired,note) added to the built-in master, later rows winning. */
	private List<Path> municipalityMaster = new ArrayList<>();

	public Path getDataDir() {
		return dataDir;
	}

	public void setDataDir(Path dataDir) {
		this.dataDir = dataDir;
	}

	public Path getOut() {
		return out;
	}

	public void setOut(Path out) {
		this.out = out;
	}

	public Pack getPack() {
		return pack;
	}

	public Ingest getIngest() {
		return ingest;
	}

	public String getRollupRule() {
		return rollupRule;
	}

	public void setRollupRule(String rollupRule) {
		this.rollupRule = rollupRule;
	}

	public List<Path> getMunicipalityMaster() {
		return municipalityMaster;
	}

	public void setMunicipalityMaster(List<Path> municipalityMaster) {
		this.municipalityMaster = municipalityMaster;
	}

	/** Settings of the review packs. */
	public static class Pack {

		/** A TrueType (.ttf) Japanese font for the PDF packs; empty means look in the usual places. */
		private String font = "";

		public String getFont() {
			return font;
		}

		public void setFont(String font) {
			this.font = font;
		}
	}

	/** Settings of the ingest step. */
	public static class Ingest {

		/** How long reading one document may take before it is quarantined with "time budget". */
		private Duration timeBudget = Duration.ofSeconds(60);

		public Duration getTimeBudget() {
			return timeBudget;
		}

		public void setTimeBudget(Duration timeBudget) {
			this.timeBudget = timeBudget;
		}
	}
}

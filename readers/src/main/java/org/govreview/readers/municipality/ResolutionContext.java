package org.govreview.readers.municipality;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.govreview.domain.municipality.LocalGovernmentCode;
import org.govreview.domain.municipality.Municipality;

/**
 * What a document says that decides between municipalities of the same name (伊達市 of 北海道 or of 福島県): the
 * prefectures its text names, the document's own municipality (a council's, for the destinations of its visits), the
 * city whose wards are meant, and the codes an operator chose ({@code --municipality CODE}). A prefecture written
 * with the name itself (北海道伊達市) is read by {@link MunicipalityMaster#resolve(String, ResolutionContext)} and
 * needs no context. Immutable and thread-safe; each {@code with…} returns a new context.
 */
public final class ResolutionContext {

	private static final ResolutionContext NONE = new ResolutionContext(Set.of(), null, null, Set.of());

	private final Set<String> prefectures;

	private final Municipality home;

	private final Municipality parentCity;

	private final Set<LocalGovernmentCode> choice;

	private ResolutionContext(Set<String> prefectures, Municipality home, Municipality parentCity,
			Set<LocalGovernmentCode> choice) {
		this.prefectures = prefectures;
		this.home = home;
		this.parentCity = parentCity;
		this.choice = choice;
	}

	/** Nothing known: only a unique name, or a prefecture written with it, resolves. */
	public static ResolutionContext none() {
		return NONE;
	}

	/** The prefectures (full names: 北海道, 広島県) the document's text names; see {@link MunicipalityMaster#contextOf}. */
	public ResolutionContext withPrefectures(Collection<String> names) {
		return new ResolutionContext(union(this.prefectures, names), this.home, this.parentCity, this.choice);
	}

	/** The document's own municipality: the council whose report names the destinations of its visits. */
	public ResolutionContext withHome(Municipality municipality) {
		return new ResolutionContext(this.prefectures, municipality, this.parentCity, this.choice);
	}

	/** The designated city whose wards a bare ward name (中央区) means. */
	public ResolutionContext withParentCity(Municipality city) {
		return new ResolutionContext(this.prefectures, this.home, city, this.choice);
	}

	/** Codes an operator chose ({@code --municipality CODE}): among same-name candidates, these win. */
	public ResolutionContext withChoice(LocalGovernmentCode... codes) {
		return withChoice(Arrays.asList(codes));
	}

	public ResolutionContext withChoice(Collection<LocalGovernmentCode> codes) {
		return new ResolutionContext(this.prefectures, this.home, this.parentCity, union(this.choice, codes));
	}

	public Set<String> prefectures() {
		return this.prefectures;
	}

	/** May be null. */
	public Municipality home() {
		return this.home;
	}

	/** May be null. */
	public Municipality parentCity() {
		return this.parentCity;
	}

	public Set<LocalGovernmentCode> choice() {
		return this.choice;
	}

	private static <T> Set<T> union(Set<T> known, Collection<T> more) {
		Set<T> all = new LinkedHashSet<>(known);
		all.addAll(more);
		return Set.copyOf(all);
	}

	@Override
	public String toString() {
		return "ResolutionContext[prefectures=" + this.prefectures + ", home=" + this.home + ", parentCity="
				+ this.parentCity + ", choice=" + this.choice + "]";
	}
}

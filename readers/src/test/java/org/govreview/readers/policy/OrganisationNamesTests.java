package org.govreview.readers.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The organisation a policy's title names, wherever on the title line it stands. */
class OrganisationNamesTests {

	private static List<String> names(String title) {
		return Organisations.names(List.of(new StatementOutline.IndexedLine(0, title)))
			.stream()
			.map(Organisations.Named::name)
			.toList();
	}

	@Test
	void anIssuerSpacedOutAtTheLinesEndIsTheOrganisation() {
		assertThat(names("様式１ 令和６年度　部運営方針 呉　市")).containsExactly("呉市");
	}

	@Test
	void aPlansOrdinalBeforeTheCitysNameIsNoPartOfIt() {
		assertThat(names("第六次東松山市総合計画")).containsExactly("東松山市");
	}

	@Test
	void aNameBeforeThePolicyWordComesFirstAndAloneAsBefore() {
		assertThat(names("令和６年度　住之江区運営方針　大阪市")).containsExactly("住之江区");
	}

	@Test
	void aClassificationsKuIsNoWard() {
		// 評価区分, 対象区域: 区 in a word of its own, no ward's name
		assertThat(names("評価区分：年度末評価　　入力開始日：令和７年４月８日")).isEmpty();
		assertThat(names("対象区域：市内全域")).isEmpty();
	}
}

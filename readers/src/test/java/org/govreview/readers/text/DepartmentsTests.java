package org.govreview.readers.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DepartmentsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			農政課、畜産課                                | 農政課;畜産課
			防災課・福祉総務課                            | 防災課;福祉総務課
			生涯学習・スポーツ課                          | 生涯学習・スポーツ課
			健康推進課（関係課：国保課）                  | 健康推進課
			高齢者福祉課（関係課：地域福祉課、介護保険課）| 高齢者福祉課
			都市計画課（道路維持課）                      | 都市計画課（道路維持課）
			""")
	void namesTheOfficesInChargeAndNotThoseThatHelp(String cell, String expected) {
		assertThat(Departments.split(cell)).containsExactly(expected.split(";"));
	}

	@Test
	void aNameItsCellWrappedIsOneOfficeAndTwoWholeNamesAreTwo() {
		assertThat(Departments.split("地域包括ケア推進\n課")).containsExactly("地域包括ケア推進課");
		assertThat(Departments.split("ファシリティマネ\nジメント推進課")).containsExactly("ファシリティマネジメント推進課");
		assertThat(Departments.split("企画課\n財政課")).containsExactly("企画課", "財政課");
	}

	@Test
	void oneOfficesNameIsOneAndTwoOrAPieceOrASentenceAreNot() {
		assertThat(Departments.isOne("子育て支援課")).isTrue();
		assertThat(Departments.isOne("農業委員会事務局")).isTrue();
		assertThat(Departments.isOne("課")).isFalse();
		assertThat(Departments.isOne("生涯学習推進")).isFalse();
		assertThat(Departments.isOne("高齢者支援課、都市計画課")).isFalse();
		assertThat(Departments.isOne("課題を整理した。")).isFalse();
	}
}

package org.govreview.readers.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.govreview.domain.actionplan.ActionPlan;
import org.govreview.domain.actionplan.PolicyDirection;
import org.govreview.domain.indicator.Indicator;
import org.govreview.readers.document.DocumentModel;
import org.govreview.readers.municipality.MunicipalityMaster;
import org.govreview.readers.text.SourceTextLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strategy's review of our own in prose, as pdftotext -layout prints a Word report: each goal's 数値目標 quoted in
 * a sentence (「転入超過数 △312 人（H30）→ 0 人（R」 wrapped before the year's last digit), its figures a space apart
 * from their units.
 */
class QuotedGoalsAndSheetYearsPlansTests {

	@TempDir
	Path directory;

	private final ActionPlanReader reader = new ActionPlanReader(MunicipalityMaster.builtIn());

	@Test
	void aGoalsQuotedTransitionsAreItsIndicatorsHoweverTheSentenceWraps() throws IOException {
		ActionPlan plan = read("""
				      第２期北見市まち・ひと・しごと創生総合戦略
				             効果検証報告書（令和６年度実績）

				基本目標１     地域資源を生かした産業を振興し、安定した雇用を創出する
				 基幹産業の振興により、安定した雇用の創出を目指しました。
				 数値目標「市内事業所の従業者数 50,286 人（H28）→ 50,500 人（R6）」については、
				令和３年の調査結果が 49,372 人となり、基準値を下回っています。
				基本目標２     北見への新しいひとの流れをつくる
				 移住・定住の促進や若者の地元就職の支援、ふるさと納税などを通じた関係人口の創出によ
				り、転出超過の縮小を目指しました。数値目標「転入超過数 △312 人（H30）→ 0 人（R
				6）」については、令和６年の住民基本台帳人口移動報告で△241 人となり、転出超過は縮小
				したものの、目標には届いていません。
				 （１）移住・定住の促進
				 【担当課】地域振興課
				    ＫＰＩ                        基準値      目標値（R6）       実績値（R6）      評価
				    移住相談件数（年間）           136 件（H30）        200 件         241 件      ◎
				""");

		assertThat(plan.directions()).extracting(PolicyDirection::title)
			.containsExactly("地域資源を生かした産業を振興し、安定した雇用を創出する", "北見への新しいひとの流れをつくる");
		List<Indicator> goals = plan.directions().stream().flatMap(direction -> direction.indicators().stream()).toList();
		assertThat(goals)
			.extracting(Indicator::name, Indicator::baselineYear, indicator -> indicator.baseline().number().toPlainString(),
					Indicator::targetYear, indicator -> indicator.target().number().toPlainString())
			.containsExactly(tuple("市内事業所の従業者数", 2016, "50286", 2024, "50500"),
					tuple("転入超過数", 2018, "-312", 2024, "0"));
		assertThat(plan.directions().get(1).initiatives()).singleElement()
			.satisfies(initiative -> assertThat(initiative.indicators()).extracting(Indicator::name).containsExactly("移住相談件数（年間）"));
	}

	private ActionPlan read(String text) throws IOException {
		Path file = Files.writeString(this.directory.resolve("plan.txt"), text);
		DocumentModel model = DocumentModel.of(new SourceTextLoader().load(file));
		return this.reader.read(model, null);
	}
}

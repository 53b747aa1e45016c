package org.aicompare.priority;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor ranks the hybrid patterns for a reader's priorities with the models'
 * arithmetic, on the seeded ratings, and names the best one first when hybrid leads or
 * the result is fragile.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PatternRankingTests {

	@Autowired
	private Advisor advisor;

	@Autowired
	private AdvisorData data;

	@Autowired
	private MockMvcTester mvc;

	private AdvisorResult.PatternRanking patterns(String... values) {
		return this.advisor.advise(List.of(values)).result().patterns();
	}

	private static int rank(AdvisorResult.PatternRanking ranking, String pattern) {
		return ranking.scores().stream().map(AdvisorResult.PatternScore::pattern).toList().indexOf(pattern);
	}

	@Test
	void dataOwnershipAndSovereigntyRankComputeToDataAboveTheOpenAiCompatibleEndpoint() {
		AdvisorResult.PatternRanking ranking = patterns("data-ownership:3", "digital-sovereignty:3");
		assertThat(rank(ranking, "compute-to-data")).isLessThan(rank(ranking, "openai-compatible-endpoint"));
		assertThat(ranking.best()).isEqualTo("compute-to-data");
	}

	@Test
	void costAndLockInRankTheOpenAiCompatibleEndpointAboveComputeToData() {
		AdvisorResult.PatternRanking ranking = patterns("cost-efficiency:3", "reduced-vendor-lock-in:3");
		assertThat(rank(ranking, "openai-compatible-endpoint")).isLessThan(rank(ranking, "compute-to-data"));
	}

	@Test
	void everySinglePriorityRanksEveryPatternWithTheModelsArithmetic() {
		AdvisorData.Snapshot snapshot = this.data.load();
		for (String priority : snapshot.slugs()) {
			AdvisorResult result = this.advisor.advise(List.of(priority)).result();
			AdvisorResult.PatternRanking ranking = result.patterns();
			assertThat(ranking.model()).isEqualTo("hybrid");
			assertThat(ranking.scores()).as(priority).hasSize(snapshot.patterns().patterns().size()).hasSize(6);
			for (AdvisorResult.PatternScore score : ranking.scores()) {
				// One priority at weight 1: the score is 100 times the pattern's fit.
				double fit = snapshot.patterns().scoring().fit(priority, score.pattern());
				assertThat(score.score()).as(priority + "/" + score.pattern())
					.isEqualTo(AdvisorResult.round(100 * fit));
				assertThat(ranking.breakdown().get(0).points().get(score.pattern())).isEqualTo(score.score());
			}
			assertThat(ranking.named()).as(priority)
				.isEqualTo(result.recommendation().equals("hybrid") || !result.clearWinner());
		}
	}

	@Test
	void theAdvisorNamesTheBestPatternInItsFirstLinesWhenHybridLeadsOrTheResultIsFragile() throws Exception {
		AdvisorResult named = null;
		for (String priority : this.data.load().slugs()) {
			AdvisorResult result = this.advisor.advise(List.of(priority)).result();
			if (result.recommendation().equals("hybrid") || !result.clearWinner()) {
				named = result;
				break;
			}
		}
		assertThat(named).as("a priority for which hybrid leads or no model wins clearly").isNotNull();
		assertThat(named.patterns().named()).isTrue();
		String page = this.mvc.get()
			.uri("/advisor?" + named.selectionQuery())
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		int best = page.indexOf("id=\"best-pattern\"");
		assertThat(best).isPositive()
			.isLessThan(page.indexOf("id=\"patterns-heading\""))
			.isLessThan(page.indexOf("class=\"scores\""));
		assertThat(page.substring(best)).contains("href=\"/hybrid/" + named.patterns().best() + "\"");
	}

	@Test
	void aClearCentralizedWinDoesNotLeadWithAPatternButStillRanksThem() {
		AdvisorResult result = this.advisor.advise(List.of("speed:3", "proven-performance:3")).result();
		if (result.clearWinner() && !result.recommendation().equals("hybrid")) {
			assertThat(result.patterns().named()).isFalse();
			assertThat(this.mvc.get().uri("/advisor?priority=speed:3&priority=proven-performance:3")).bodyText()
				.doesNotContain("id=\"best-pattern\"")
				.contains("id=\"patterns-heading\"");
		}
		assertThat(result.patterns().scores()).hasSize(6);
	}

	@Test
	void theDownloadsAndTheApiCarryThePatterns() {
		String query = "priority=data-ownership:3&priority=digital-sovereignty:3";
		assertThat(this.mvc.get().uri("/advisor.json?" + query)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.patterns.scores[0].pattern")
			.isEqualTo("compute-to-data");
		assertThat(this.mvc.get().uri("/api/v1/advice?" + query)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.patterns.breakdown.length()")
			.isEqualTo(2);
		assertThat(this.mvc.get().uri("/advisor.csv?" + query)).hasStatusOk()
			.bodyText()
			.contains("pattern,pattern_score,pattern_best")
			.contains("compute-to-data")
			.contains(",yes");
	}

}

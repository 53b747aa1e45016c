package org.aicompare.priority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.project.Requirement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sentence of the advisor's result agrees with its numbers, for every preset and a
 * seeded set of random mixes with random must-haves: a tie is called a tie and never a
 * lead, a clear win is one of more than ten points, the priorities said to give a model
 * more points do so in the breakdown, and the first lines name the best organisations
 * that meet the must-haves, in order, with their scores.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdvisorSentencesTests {

	/** How many random mixes are tried; the seed makes them the same every run. */
	private static final int MIXES = 40;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private AdvisorData data;

	@TestFactory
	Stream<DynamicTest> theSentencesAgreeWithTheNumbers() throws Exception {
		List<String> queries = new ArrayList<>();
		Jsoup.parse(AdvisorPages.body(this.mvc, "/advisor"))
			.select(".presets a")
			.forEach((preset) -> queries.add(preset.attr("href").substring("/advisor?".length())));
		assertThat(queries).hasSize(4);
		Random random = new Random(20261202);
		List<String> slugs = new ArrayList<>(this.data.load().slugs());
		for (int i = 0; i < MIXES; i++) {
			Collections.shuffle(slugs, random);
			List<String> parts = new ArrayList<>();
			slugs.subList(0, 1 + random.nextInt(5))
				.forEach((slug) -> parts.add("priority=" + slug + ":" + (1 + random.nextInt(3))));
			for (Requirement requirement : Requirement.values()) {
				if (random.nextInt(4) == 0) {
					parts.add("require=" + requirement.slug());
				}
			}
			queries.add(String.join("&", parts));
		}
		// Equal weights on two priorities that pull opposite ways tie the models.
		queries.add("priority=scalability&priority=transparency");
		return queries.stream().map((query) -> DynamicTest.dynamicTest(query, () -> check(query)));
	}

	private void check(String query) throws Exception {
		JsonNode decision = this.json.readTree(AdvisorPages.body(this.mvc, "/advisor.json?" + query));
		Document page = Jsoup.parse(AdvisorPages.body(this.mvc, "/advisor?" + query));
		String winner = decision.path("recommendation").asString();
		String runnerUp = decision.path("scores").get(1).path("model").asString();
		String winnerName = modelName(page, winner);
		String runnerUpName = modelName(page, runnerUp);
		double margin = decision.path("margin").asDouble();
		String verdict = page.selectFirst("#result").text();

		assertThat(decision.path("clearWinner").asBoolean()).isEqualTo(margin > Recommendation.CLEAR_MARGIN);
		assertThat(verdict).doesNotContain("by 0.0 ", "by only 0.0 ");
		if (margin == 0) {
			assertThat(page.selectFirst(".verdict-unclear").text()).startsWith("A tie.")
				.doesNotContain(" leads ")
				.contains(winnerName + " and " + runnerUpName + " both score");
		}
		else if (decision.path("clearWinner").asBoolean()) {
			assertThat(page.selectFirst(".verdict-clear").text()).isEqualTo(winnerName + " leads " + runnerUpName
					+ " by " + AdvisorPages.digits(margin) + " points: a clear answer for these priorities.");
			assertThat(page.select(".favours")).isEmpty();
		}
		else {
			assertThat(page.selectFirst(".verdict-unclear").text()).contains(
					winnerName + " leads " + runnerUpName + " by only " + AdvisorPages.digits(margin) + " points");
		}

		List<String> names = page.select("table.breakdown .priority-name").eachText();
		List<String> forWinner = new ArrayList<>();
		List<String> forRunnerUp = new ArrayList<>();
		JsonNode breakdown = decision.path("breakdown");
		for (int i = 0; i < breakdown.size(); i++) {
			JsonNode points = breakdown.get(i).path("points");
			double lead = points.path(winner).asDouble() - points.path(runnerUp).asDouble();
			if (lead > 0) {
				forWinner.add(names.get(i));
			}
			else if (lead < 0) {
				forRunnerUp.add(names.get(i));
			}
		}
		List<String> favours = page.select(".favours").eachText();
		if (!decision.path("clearWinner").asBoolean()) {
			List<String> expected = new ArrayList<>();
			if (!forWinner.isEmpty()) {
				expected.add("Priorities that give " + winnerName + " more points than " + runnerUpName + ": "
						+ String.join(", ", forWinner) + ".");
			}
			if (!forRunnerUp.isEmpty()) {
				expected.add("Priorities that give " + runnerUpName + " more points than " + winnerName + ": "
						+ String.join(", ", forRunnerUp) + ".");
			}
			assertThat(favours).containsExactlyElementsOf(expected);
		}

		List<String> meeting = new ArrayList<>();
		JsonNode organisations = decision.path("organisations");
		for (int i = 0; i < organisations.size() && meeting.size() < 3; i++) {
			if (decision.path("standings").get(i).path("status").asString().equals("MET")) {
				String slug = organisations.get(i).path("model").asString();
				Element match = page.selectFirst(".matches li[data-organisation=" + slug + "] .match-head a");
				meeting.add(
						match.text() + " (" + AdvisorPages.digits(organisations.get(i).path("score").asDouble()) + ")");
			}
		}
		String todo = page.selectFirst("#todo").text();
		if (decision.path("requirements").isEmpty()) {
			assertThat(todo)
				.startsWith("Best-fitting organisations for these priorities: " + String.join(", ", meeting) + ".");
		}
		else if (meeting.isEmpty()) {
			assertThat(todo).startsWith("No organisation on this site is documented to meet every must-have.");
		}
		else {
			assertThat(todo).startsWith(
					"Best-fitting organisations that meet every must-have: " + String.join(", ", meeting) + ".");
		}
	}

	private static String modelName(Document page, String model) {
		return page.selectFirst("ol.scores li[data-model=" + model + "] .score-name").text();
	}

}

package org.aicompare.priority.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GuideController} on the seeded priorities, through the whole
 * application.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GuideControllerTests {

	private static final String THREE = "priority=speed&priority=data-ownership&priority=trust";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void offersEveryPriorityGroupedWithTheSourcesEightTicked() {
		assertThat(this.mvc.get().uri("/advisor/guide")).hasStatusOk()
			.hasViewName(GuideController.START_VIEW)
			.bodyText()
			.contains("action=\"/advisor/guide/start\" method=\"get\"",
					"id=\"guide-speed\" value=\"speed\" checked=\"checked\"",
					"id=\"guide-reduced-vendor-lock-in\" value=\"reduced-vendor-lock-in\" checked=\"checked\"",
					"id=\"guide-convenience\" value=\"convenience\">", "id=\"guide-trust\" value=\"trust\">",
					"choose centralized AI if your business values", "at most 17 questions")
			.satisfies((body) -> assertThat(body.split("checked=\"checked\"", -1)).hasSize(9));
	}

	@Test
	void goesFromTheChosenPrioritiesToTheFirstQuestionsAddress() {
		assertThat(this.mvc.get().uri("/advisor/guide/start?" + THREE)).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/advisor/guide?" + THREE);
	}

	@Test
	void asksForAtLeastTwoPrioritiesKeepingTheOneTicked() {
		assertThat(this.mvc.get().uri("/advisor/guide/start?priority=trust")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasViewName(GuideController.START_VIEW)
			.bodyText()
			.contains("Choose at least two priorities", "id=\"guide-trust\" value=\"trust\" checked=\"checked\"",
					"id=\"guide-speed\" value=\"speed\">");
		assertThat(this.mvc.get().uri("/advisor/guide/start?sent=1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Choose at least two priorities");
	}

	@Test
	void leadsAFollowedLinkWithoutTheFormsMarkToTheFirstStep() {
		assertThat(this.mvc.get().uri("/advisor/guide/start")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/advisor/guide");
		assertThat(this.mvc.get().uri("/advisor")).bodyText().contains("href=\"/advisor/guide\"");
	}

	@Test
	void asksTheFirstQuestionWithEachPrioritysMeaningAndHowManyAreLeft() {
		assertThat(this.mvc.get().uri("/advisor/guide?" + THREE)).hasStatusOk()
			.hasViewName(GuideController.QUESTION_VIEW)
			.bodyText()
			.contains("Question 1 of at most 3", "For your business, which matters more:", "Speed or Data ownership?",
					"New features, updates and fixes arrive quickly.", "About the same",
					"type=\"hidden\" name=\"priority\" value=\"speed\"",
					"name=\"answer\" id=\"answer-first\" value=\"speed.over.data-ownership\" required=\"required\"",
					"name=\"answer\" id=\"answer-second\" value=\"data-ownership.over.speed\"",
					"name=\"answer\" id=\"answer-same\" value=\"speed.same.data-ownership\"",
					"At most 2 more after this one. Asking about every pair would take 3")
			.doesNotContain("name=\"answer\" value=");
	}

	@Test
	void carriesTheAnswersSoFarAndSkipsWhatTheyImply() {
		// Data ownership over speed, speed over trust: data ownership over trust follows.
		String state = THREE + "&answer=data-ownership.over.speed&answer=speed.over.trust";
		assertThat(this.mvc.get().uri("/advisor/guide?" + THREE + "&answer=data-ownership.over.speed")).hasStatusOk()
			.bodyText()
			.contains("Question 2 of at most 3", "type=\"hidden\" name=\"answer\" value=\"data-ownership.over.speed\"",
					"Data ownership matters more than Speed");
		assertThat(this.mvc.get().uri("/advisor/guide?" + state)).hasStatusOk()
			.hasViewName(GuideController.RESULT_VIEW)
			.bodyText()
			.contains("From 2 answers. Asking about every pair would have taken 3");
	}

	@Test
	void alwaysChoosingOnePriorityGivesItTheHighestWeightAndTheAdvisorsResult() {
		List<String> priorities = List.of("speed", "reliability", "data-ownership", "trust", "openness");
		GuideState state = answerAll(priorities, "data-ownership", false);
		assertThat(this.mvc.get().uri("/advisor/guide?" + state.toQuery())).hasStatusOk()
			.hasViewName(GuideController.RESULT_VIEW)
			.bodyText()
			.contains("How your answers became weights", "data-priority=\"data-ownership\" data-weight=\"3\"",
					"id=\"recommendation\"", "How many points each priority gives each model",
					"href=\"/advisor?priority=")
			.containsPattern(
					"data-priority=\"data-ownership\" data-weight=\"3\">\\s*<th scope=\"row\">Data ownership</th>"
							+ "\\s*<td>4</td>\\s*<td>0</td>\\s*<td>0</td>")
			.containsPattern("href=\"/advisor\\?priority=[^\"]*data-ownership:3");
	}

	@Test
	void allAboutTheSameGivesEveryPriorityTheSameWeight() {
		GuideState state = answerAll(List.of("speed", "reliability", "data-ownership", "trust"), null, true);
		assertThat(state.answers()).hasSize(3);
		assertThat(this.mvc.get().uri("/advisor/guide?" + state.toQuery())).hasStatusOk()
			.bodyText()
			.contains("data-priority=\"speed\" data-weight=\"2\"", "data-priority=\"trust\" data-weight=\"2\"",
					"data-priority=\"reliability\" data-weight=\"2\"",
					"data-priority=\"data-ownership\" data-weight=\"2\"",
					"href=\"/advisor?priority=speed:2&amp;priority=reliability:2&amp;priority=data-ownership:2&amp;priority=trust:2\"");
	}

	@Test
	void reportsACycleWithItsPairsOffersToAnswerOneAgainAndCountsItAsTies() {
		String state = THREE + "&answer=speed.over.data-ownership&answer=data-ownership.over.trust"
				+ "&answer=trust.over.speed";
		assertThat(this.mvc.get().uri("/advisor/guide?" + state)).hasStatusOk()
			.hasViewName(GuideController.RESULT_VIEW)
			.bodyText()
			.contains("Some of your answers go round in a circle", "Speed matters more than Data ownership",
					"Data ownership matters more than Trust", "Trust matters more than Speed",
					"href=\"/advisor/guide?" + state.replace("&", "&amp;") + "&amp;again=trust.over.speed\"",
					"data-priority=\"speed\" data-weight=\"2\"", "data-priority=\"trust\" data-weight=\"2\"");
	}

	@Test
	void asksAPairAgainWithTheEarlierAnswerChosen() {
		String state = THREE + "&answer=speed.over.data-ownership";
		assertThat(this.mvc.get().uri("/advisor/guide?" + state + "&again=speed.over.data-ownership")).hasStatusOk()
			.hasViewName(GuideController.QUESTION_VIEW)
			.bodyText()
			.contains("Answering this question again", "Change my answer",
					"type=\"hidden\" name=\"answer\" value=\"speed.over.data-ownership\"")
			.containsPattern(
					"name=\"change\" id=\"answer-first\" value=\"speed.over.data-ownership\"[^>]*checked=\"checked\"")
			.doesNotContainPattern("id=\"answer-(second|same)\"[^>]*checked");
	}

	@Test
	void answeringAgainReplacesTheAnswerAndKeepsTheAddressCanonical() {
		String state = THREE + "&answer=speed.over.data-ownership&answer=data-ownership.over.trust";
		assertThat(this.mvc.get().uri("/advisor/guide?" + state + "&change=data-ownership.over.speed"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(
					"/advisor/guide?" + THREE + "&answer=data-ownership.over.speed&answer=data-ownership.over.trust");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					priority=speed&priority=luck                                            | “luck” names a priority the site does not know.
					priority=speed&priority=Speed!                                          | “Speed!” is not a priority’s name as the guide writes it.
					priority=speed&priority=trust&priority=speed                            | “speed” is chosen twice.
					priority=speed                                                          | needs at least two priorities
					priority=speed&priority=trust&answer=speed>trust                        | “speed&gt;trust” is not an answer as the guide writes it.
					priority=speed&priority=trust&answer=speed.over.openness                | “speed.over.openness” is about a priority that was not chosen.
					priority=speed&priority=trust&answer=speed.over.speed                   | “speed.over.speed” compares a priority with itself.
					priority=speed&priority=trust&answer=speed.over.trust&answer=trust.same.speed | “trust.same.speed” answers a pair that was already answered.
					priority=speed&priority=trust&priority=openness&answer=speed.over.trust&answer=trust.over.openness&answer=speed.over.openness | “speed.over.openness” answers a question the guide would not ask
					priority=speed&priority=trust&answer=speed.over.trust&again=speed.over.openness | “speed.over.openness” is about a priority that was not chosen.
					priority=speed&priority=trust&priority=openness&answer=speed.over.trust&change=trust.over.openness | “trust.over.openness” is about a pair that has not been answered yet
					""")
	void refusesAStateTheGuideWouldNotWriteInTheSitesLayoutWithAFreshStart(String query, String message) {
		assertThat(this.mvc.get().uri("/advisor/guide?" + query)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasViewName(GuideController.INVALID_VIEW)
			.bodyText()
			.contains(message, "This guide’s address is not one the guide wrote", "class=\"site-header\"",
					"class=\"guide-restart\" href=\"/advisor/guide\"", "<code>data-ownership</code>");
	}

	@Test
	void refusesAnOverLongState() {
		String query = "priority=speed&priority=trust" + "&answer=speed.over.trust".repeat(300);
		assertThat(this.mvc.get().uri("/advisor/guide?" + query)).hasStatus(HttpStatus.BAD_REQUEST)
			.hasViewName(GuideController.INVALID_VIEW)
			.bodyText()
			.contains("characters of priorities and answers; the guide never writes more than 4,000",
					"href=\"/advisor/guide\"");
	}

	@Test
	void theHomePageTheAdvisorAndTheMethodologyLinkToTheGuide() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk().bodyText().contains("href=\"/advisor/guide\"");
		assertThat(this.mvc.get().uri("/advisor")).hasStatusOk().bodyText().contains("href=\"/advisor/guide\"");
		assertThat(this.mvc.get().uri("/methodology")).hasStatusOk()
			.bodyText()
			.contains("id=\"guide\"", "How the guide turns answers into weights", "wins plus half its ties",
					"href=\"/advisor/guide\"");
	}

	/**
	 * The state after answering every question the guide asks: always for
	 * {@code favourite} when it is asked about, otherwise "about the same" if
	 * {@code same}, or the first priority named.
	 */
	static GuideState answerAll(List<String> priorities, String favourite, boolean same) {
		List<Answer> answers = new ArrayList<>();
		Optional<Question> next;
		while ((next = Elicitation.of(priorities, answers).next()).isPresent()) {
			Question question = next.get();
			if (question.second().equals(favourite)) {
				answers.add(new Answer(question.second(), question.first(), false));
			}
			else {
				answers
					.add(new Answer(question.first(), question.second(), same && !question.first().equals(favourite)));
			}
		}
		return new GuideState(priorities, answers);
	}

}

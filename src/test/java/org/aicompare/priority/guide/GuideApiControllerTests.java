package org.aicompare.priority.guide;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link GuideApiController} on the seeded priorities.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GuideApiControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void givesTheNextQuestionWithTheValuesOfItsAnswers() {
		var body = assertThat(
				this.mvc.get().uri("/api/v1/advice/guide?priority=speed&priority=trust&priority=openness"))
			.hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson();
		body.extractingPath("$.complete").isEqualTo(false);
		body.extractingPath("$.next.first").isEqualTo("speed");
		body.extractingPath("$.next.second").isEqualTo("trust");
		body.extractingPath("$.next.answers")
			.asArray()
			.containsExactly("speed.over.trust", "trust.over.speed", "speed.same.trust");
		body.extractingPath("$.remainingAtMost").isEqualTo(3);
		body.extractingPath("$.pairs").isEqualTo(3);
		body.extractingPath("$.weights").asArray().isEmpty();
		body.extractingPath("$.recommendation").isNull();
	}

	@Test
	void derivesTheWeightsAndTheAdvisorsRecommendationOnceEveryPairIsSettled() {
		GuideState state = GuideControllerTests.answerAll(List.of("speed", "transparency", "data-ownership"),
				"data-ownership", false);
		var body = assertThat(this.mvc.get().uri("/api/v1/advice/guide?" + state.toQuery())).hasStatusOk().bodyJson();
		body.extractingPath("$.complete").isEqualTo(true);
		body.extractingPath("$.next").isNull();
		body.extractingPath("$.weights[2].priority").isEqualTo("data-ownership");
		body.extractingPath("$.weights[2].wins").isEqualTo(2);
		body.extractingPath("$.weights[2].score").isEqualTo(2.0);
		body.extractingPath("$.weights[2].weight").isEqualTo(3);
		body.extractingPath("$.recommendation").isEqualTo("decentralized");
		body.extractingPath("$.advisorQuery").asString().contains("priority=data-ownership:3");
		body.extractingPath("$.rule").asString().contains("wins + ties / 2");
		body.extractingPath("$.links.html").isEqualTo("/advisor/guide?" + state.toQuery());
	}

	@Test
	void reportsACycleAndCountsItAsTies() {
		var body = assertThat(this.mvc.get()
			.uri("/api/v1/advice/guide?priority=speed&priority=trust&priority=openness&answer=speed.over.trust"
					+ "&answer=trust.over.openness&answer=openness.over.speed"))
			.hasStatusOk()
			.bodyJson();
		body.extractingPath("$.cycles[0]").asArray().hasSize(3);
		body.extractingPath("$.cycles[0][2].value").isEqualTo("openness.over.speed");
		body.extractingPath("$.weights[0].ties").isEqualTo(2);
		body.extractingPath("$.weights[0].weight").isEqualTo(2);
	}

	@Test
	void refusesAnAnswerTheEarlierOnesSettleWithAProblemDetail() {
		var body = assertThat(this.mvc.get()
			.uri("/api/v1/advice/guide?priority=speed&priority=trust&priority=openness&answer=speed.over.trust"
					+ "&answer=trust.over.openness&answer=speed.over.openness"))
			.hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson();
		body.extractingPath("$.invalidParams[0].name").isEqualTo("answer");
		body.extractingPath("$.invalidParams[0].value").isEqualTo("speed.over.openness");
		body.extractingPath("$.invalidParams[0].reason").asString().contains("would not ask");
		body.extractingPath("$.validValues").asArray().contains("speed", "trust");
	}

	@Test
	void refusesAnUnknownPriority() {
		var body = assertThat(this.mvc.get().uri("/api/v1/advice/guide?priority=speed&priority=luck")).hasStatus(400)
			.bodyJson();
		body.extractingPath("$.invalidParams[0].name").isEqualTo("priority");
		body.extractingPath("$.invalidParams[0].value").isEqualTo("luck");
	}

	@Test
	void isDocumentedInTheOpenApiDescription() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyText()
			.contains("/api/v1/advice/guide", "Weights from either-or answers", "GuideWeight");
	}

}

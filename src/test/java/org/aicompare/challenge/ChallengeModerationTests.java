package org.aicompare.challenge;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Moderating challenges on the seeded site: the queues, a decision with its public reason
 * and its audit record, and what readers and the API then see.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "mod", roles = "MODERATOR")
class ChallengeModerationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ChallengeRepository challenges;

	@Autowired
	private ChallengeDecisionRepository decisions;

	@Autowired
	private ChallengedRatings ratings;

	@Test
	void listsOpenChallengesWithTheirDecisionForm() {
		Challenge challenge = open("Listed <b>for</b> moderators " + UUID.randomUUID());
		assertThat(this.mvc.get().uri("/admin/challenges")).hasStatusOk()
			.bodyText()
			.contains("Listed &lt;b&gt;for&lt;/b&gt; moderators")
			.contains("action=\"/admin/challenges/" + challenge.getId() + "/decide?status=open&amp;page=1\"")
			.contains("value=\"accept\"")
			.contains("value=\"decline\"")
			.contains("name=\"_csrf\"")
			.contains("Open (");
	}

	@Test
	void acceptingWithAReasonRecordsItAndShowsItInPublic() {
		String why = "Accept me " + UUID.randomUUID();
		String reason = "The source shows a second party with a veto " + UUID.randomUUID();
		Challenge challenge = open(why);
		assertThat(this.mvc.post()
			.uri("/admin/challenges/" + challenge.getId() + "/decide")
			.param("decision", "accept")
			.param("reason", reason)
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/admin/challenges?status=open&page=1");
		Challenge decided = this.challenges.findById(challenge.getId()).orElseThrow();
		assertThat(decided.getStatus()).isEqualTo(ChallengeStatus.ACCEPTED);
		assertThat(decided.getPublicReason()).isEqualTo(reason);
		assertThat(decided.getDecidedAt()).isNotNull();
		assertThat(this.decisions.findAll()).filteredOn((each) -> each.getChallengeId().equals(challenge.getId()))
			.singleElement()
			.satisfies((record) -> {
				assertThat(record.getModerator()).isEqualTo("mod");
				assertThat(record.getStatusBefore()).isEqualTo(ChallengeStatus.OPEN);
				assertThat(record.getStatusAfter()).isEqualTo(ChallengeStatus.ACCEPTED);
				assertThat(record.getPublicReason()).isEqualTo(reason);
				assertThat(record.getDecidedAt()).isNotNull();
			});
		assertThat(this.mvc.get().uri("/challenges")).hasStatusOk()
			.bodyText()
			.contains(why)
			.contains(reason)
			.contains("not yet applied by an edition");
		assertThat(this.mvc.get().uri("/admin/challenges?status=accepted")).hasStatusOk().bodyText().contains(why);
		assertThat(this.mvc.get().uri("/admin/challenges/audit")).hasStatusOk()
			.bodyText()
			.contains("<td>" + challenge.getId() + "</td>")
			.contains(reason);
		var body = assertThat(this.mvc.get().uri("/api/v1/challenges/" + challenge.getId())).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson();
		body.extractingPath("$.status").isEqualTo("accepted");
		body.extractingPath("$.decisionReason").isEqualTo(reason);
		body.extractingPath("$.rating").isEqualTo("organisation:openai:control");
		body.extractingPath("$.links.html").isEqualTo("/challenges#challenge-" + challenge.getId());
	}

	@Test
	void decliningNeedsAPublicReason() {
		Challenge challenge = open("Decline me " + UUID.randomUUID());
		assertThat(this.mvc.post()
			.uri("/admin/challenges/" + challenge.getId() + "/decide")
			.param("decision", "decline")
			.param("reason", "   ")
			.with(csrf())).hasStatus3xxRedirection().hasRedirectedUrl("/admin/challenges?status=open&page=1");
		assertThat(this.challenges.findById(challenge.getId()).orElseThrow().getStatus())
			.isEqualTo(ChallengeStatus.OPEN);
		assertThat(this.mvc.post()
			.uri("/admin/challenges/" + challenge.getId() + "/decide")
			.param("decision", "decline")
			.param("reason", "r".repeat(Challenge.MAX_PUBLIC_REASON_LENGTH + 1))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.challenges.findById(challenge.getId()).orElseThrow().getStatus())
			.isEqualTo(ChallengeStatus.OPEN);
		assertThat(this.mvc.post()
			.uri("/admin/challenges/" + challenge.getId() + "/decide")
			.param("decision", "decline")
			.param("reason", "The rating already says so.")
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.challenges.findById(challenge.getId()).orElseThrow().getStatus())
			.isEqualTo(ChallengeStatus.DECLINED);
	}

	@Test
	void markingAsSpamNeedsNoReasonAndTakesItOffTheList() {
		String why = "Spam me " + UUID.randomUUID();
		Challenge challenge = open(why);
		assertThat(this.mvc.post()
			.uri("/admin/challenges/" + challenge.getId() + "/decide")
			.param("decision", "spam")
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.challenges.findById(challenge.getId()).orElseThrow().getStatus())
			.isEqualTo(ChallengeStatus.SPAM);
		assertThat(this.mvc.get().uri("/challenges")).hasStatusOk().bodyText().doesNotContain(why);
		assertThat(this.mvc.get().uri("/admin/challenges?status=spam")).hasStatusOk().bodyText().contains(why);
		assertThat(this.mvc.post()
			.uri("/admin/challenges/" + challenge.getId() + "/decide?status=spam")
			.param("decision", "reopen")
			.param("reason", "Not spam after all.")
			.with(csrf())).hasRedirectedUrl("/admin/challenges?status=spam&page=1");
		assertThat(this.mvc.get().uri("/challenges")).hasStatusOk().bodyText().contains(why);
	}

	@Test
	void refusesUnknownDecisionsQueuesAndChallenges() {
		Challenge challenge = open("Refusals " + UUID.randomUUID());
		assertThat(this.mvc.post()
			.uri("/admin/challenges/" + challenge.getId() + "/decide")
			.param("decision", "approve")
			.param("reason", "x")
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("accept");
		assertThat(this.mvc.get().uri("/admin/challenges?status=pending")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/admin/challenges?page=x")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/admin/challenges/999999/decide")
			.param("decision", "accept")
			.param("reason", "x")
			.with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesADecisionWithoutTheCsrfToken() {
		Challenge challenge = open("No CSRF " + UUID.randomUUID());
		assertThat(this.mvc.post()
			.uri("/admin/challenges/" + challenge.getId() + "/decide")
			.param("decision", "accept")
			.param("reason", "x")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.challenges.findById(challenge.getId()).orElseThrow().getStatus())
			.isEqualTo(ChallengeStatus.OPEN);
	}

	@Test
	void pagesTheApiListNewestFirst() {
		Challenge older = open("Older " + UUID.randomUUID());
		Challenge newer = open("Newer " + UUID.randomUUID());
		var body = assertThat(this.mvc.get().uri("/api/v1/challenges?size=1")).hasStatusOk().bodyJson();
		body.extractingPath("$.items").asArray().hasSize(1);
		body.extractingPath("$.items[0].number").isEqualTo(newer.getId().intValue());
		body.extractingPath("$.size").isEqualTo(1);
		body.extractingPath("$.links.self").isEqualTo("/api/v1/challenges");
		assertThat(this.mvc.get().uri("/api/v1/challenges?size=100")).hasStatusOk()
			.bodyText()
			.contains(older.getReason());
		assertThat(this.mvc.get().uri("/api/v1/challenges?size=101")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/challenges?page=-1")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/challenges/999999")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1")).hasStatusOk().bodyText().contains("/api/v1/challenges");
	}

	private Challenge open(String why) {
		ChallengedRating rating = this.ratings.find(RatingKey.parse("organisation:openai:control").orElseThrow())
			.orElseThrow();
		return this.challenges.save(new Challenge(rating,
				new Challenge.Proposal(2, why, "https://example.org/source", false, "Ada"), ChallengeStatus.OPEN,
				Instant.now(), UUID.randomUUID().toString().replace("-", ""), "c".repeat(64)));
	}

}

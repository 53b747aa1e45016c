package org.aicompare.challenge;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.aicompare.comment.CommentToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's challenge on the seeded site, end to end: the form shows the rating, every
 * check a comment has refuses a bad post with a 4xx page and saves nothing, and a good
 * one is in the database, open, before the reader is told it was received.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChallengePostingTests {

	private static final String KEY = "organisation:openai:control";

	private static final AtomicInteger SENDERS = new AtomicInteger(1);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ChallengeRepository challenges;

	@Autowired
	private CommentToken tokens;

	@ParameterizedTest
	@ValueSource(strings = { "matrix:centralized:control", "organisation:openai:control", "spectrum:bittensor:compute",
			"spectrum:hybrid:data", "pattern:gateway-router:control" })
	void showsTheRatingItIsAboutWithItsReason(String key) {
		assertThat(this.mvc.get().uri("/challenges/new?rating=" + key)).hasStatusOk()
			.doesNotContainHeader(HttpHeaders.SET_COOKIE)
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
			.bodyText()
			.contains("The rating now")
			.contains("The site’s reason:")
			.contains("name=\"token\"")
			.contains("action=\"/challenges?rating=" + key + "\"");
	}

	@Test
	void showsTheRatingAndTheReasonTheSiteGives() {
		assertThat(this.mvc.get().uri("/challenges/new?rating=matrix:centralized:control")).hasStatusOk()
			.bodyText()
			.contains("Challenge the rating of Centralized AI on Control")
			.contains("1 of 5 (the rating now)")
			.contains("href=\"/compare#dimension-control\"");
	}

	@Test
	void theFormNamesNoCanonicalAddress() {
		// Its path without the rating is a 400: a crawler following a canonical link
		// there
		// would find an error.
		assertThat(this.mvc.get().uri("/challenges/new?rating=matrix:centralized:control")).hasStatusOk()
			.body()
			.asString()
			.doesNotContain("rel=\"canonical\"", "og:url");
		assertThat(this.mvc.get().uri("/challenges")).hasStatusOk().body().asString().contains("rel=\"canonical\"");
	}

	@Test
	void linksEachKindOfRatingBackToWhereItIsShown() {
		assertThat(this.mvc.get().uri("/challenges/new?rating=spectrum:bittensor:compute")).hasStatusOk()
			.bodyText()
			.contains("href=\"/projects/bittensor#spectrum-compute\"")
			.contains("Challenge the rating of Bittensor on Compute");
		assertThat(this.mvc.get().uri("/challenges/new?rating=spectrum:hybrid:data")).hasStatusOk()
			.bodyText()
			.contains("href=\"/spectrum#row-hybrid\"");
		assertThat(this.mvc.get().uri("/challenges/new?rating=pattern:gateway-router:control")).hasStatusOk()
			.bodyText()
			.contains("href=\"/hybrid/gateway-router#rating-control\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "matrix:nobody:control", "organisation:openai:nothing", "grade:openai:control",
			"spectrum:openai:control", "pattern:no-such-pattern:control", "matrix:centralized" })
	void refusesAnUnknownRatingSayingWhatIsValid(String key) {
		assertThat(this.mvc.get().uri("/challenges/new?rating=" + key)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains(key)
			.contains("organisation:{organisation}:{dimension}");
	}

	@Test
	void refusesAFormWithoutARating() {
		assertThat(this.mvc.get().uri("/challenges/new")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("matrix:{model}:{dimension}");
	}

	@Test
	void storesAChallengeBeforeSayingItWasReceived() {
		String why = "The board is not alone: " + UUID.randomUUID();
		MvcTestResult result = post(KEY, token(KEY),
				(request) -> request.param("proposed", "2")
					.param("reason", why)
					.param("source", "https://example.org/recapitalisation")
					.param("name", "Ada"));
		assertThat(result).hasStatus3xxRedirection();
		Challenge saved = stored(why);
		assertThat(result).hasRedirectedUrl("/challenges/" + saved.getId() + "/received");
		assertThat(saved.getStatus()).isEqualTo(ChallengeStatus.OPEN);
		assertThat(saved.getProposedRating()).isEqualTo(2);
		assertThat(saved.getCurrentRating()).isEqualTo(1);
		assertThat(saved.getSubjectName()).isEqualTo("OpenAI");
		assertThat(saved.getAspectName()).isEqualTo("Control");
		assertThat(saved.getPagePath()).isEqualTo("/projects/openai#rating-control");
		assertThat(this.mvc.get().uri("/challenges/" + saved.getId() + "/received")).hasStatusOk()
			.bodyText()
			.contains("saved as challenge " + saved.getId())
			.contains("It is open");
		assertThat(this.mvc.get().uri("/challenges")).hasStatusOk()
			.bodyText()
			.contains("id=\"challenge-" + saved.getId() + "\"")
			.contains(why)
			.contains("href=\"https://example.org/recapitalisation\"");
	}

	@Test
	void acceptsAnOpinionWithoutASource() {
		String why = "Feels more open than that to me " + UUID.randomUUID();
		assertThat(post(KEY, token(KEY),
				(request) -> request.param("proposed", "3").param("reason", why).param("opinion", "true")))
			.hasStatus3xxRedirection();
		assertThat(stored(why).isOpinion()).isTrue();
		assertThat(stored(why).getSourceUrl()).isNull();
	}

	@Test
	void asksForASourceWhenTheReaderStatesAFact() {
		String why = "A fact with no source " + UUID.randomUUID();
		assertThat(post(KEY, token(KEY), (request) -> request.param("proposed", "3").param("reason", why)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Give a source address for the fact you state")
			.contains(why);
		assertNotStored(why);
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.org/report", "javascript:alert(1)", "example.org" })
	void refusesASourceThatIsNotAnHttpsAddress(String source) {
		String why = "Bad source " + UUID.randomUUID();
		assertThat(post(KEY, token(KEY),
				(request) -> request.param("proposed", "3").param("reason", why).param("source", source)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The source must be a web address starting with https://");
		assertNotStored(why);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "6", "five", "" })
	void refusesAProposedRatingOffTheScale(String proposed) {
		String why = "Off the scale " + UUID.randomUUID();
		assertThat(post(KEY, token(KEY),
				(request) -> request.param("proposed", proposed).param("reason", why).param("opinion", "true")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("from 1 to 5");
		assertNotStored(why);
	}

	@Test
	void refusesOversizedFields() {
		String why = "x".repeat(Challenge.MAX_REASON_LENGTH + 1);
		assertThat(post(KEY, token(KEY), (request) -> request.param("proposed", "2").param("reason", why)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("longer than 5000 characters");
		String named = "Named too long " + UUID.randomUUID();
		assertThat(post(KEY, token(KEY),
				(request) -> request.param("proposed", "2")
					.param("reason", named)
					.param("opinion", "true")
					.param("name", "n".repeat(Challenge.MAX_NAME_LENGTH + 1))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Your name is longer than 80 characters");
		String sourced = "Source too long " + UUID.randomUUID();
		assertThat(post(KEY, token(KEY),
				(request) -> request.param("proposed", "2")
					.param("reason", sourced)
					.param("source", "https://example.org/" + "a".repeat(Challenge.MAX_SOURCE_LENGTH))))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The source address is longer than 2000 characters");
		assertNotStored(named);
		assertNotStored(sourced);
		assertThat(this.challenges.findAll()).noneMatch((challenge) -> challenge.getReason().equals(why));
	}

	@Test
	void refusesAPostWithoutAToken() {
		String why = "No token " + UUID.randomUUID();
		assertThat(post(KEY, null, (request) -> request.param("proposed", "2").param("reason", why)))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("did not come with the check")
			.contains("href=\"/challenges/new?rating=" + KEY + "\"");
		assertNotStored(why);
	}

	@Test
	void refusesAForgedTokenOrOneForAnotherRating() {
		String why = "Forged " + UUID.randomUUID();
		assertThat(post(KEY, "12345.abc", (request) -> request.param("proposed", "2").param("reason", why)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(KEY, token("matrix:centralized:control"),
				(request) -> request.param("proposed", "2").param("reason", why)))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("check did not match");
		assertThat(post(KEY, this.tokens.issue(ChallengePosting.TOKEN_SCOPE + KEY, Instant.now().minusSeconds(90_000)),
				(request) -> request.param("proposed", "2").param("reason", why)))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("more than 24 hours");
		assertNotStored(why);
	}

	@Test
	void refusesAPostFromAnotherSite() {
		String why = "Cross-site " + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/challenges?rating=" + KEY)
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.param("token", token(KEY))
			.param("proposed", "2")
			.param("reason", why)
			.param("opinion", "true")).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("from a page on another site");
		assertNotStored(why);
	}

	@Test
	void refusesTheSameReasonTwiceForOneRating() {
		String why = "Said twice " + UUID.randomUUID();
		UnaryOperator<MockMvcRequestBuilder> form = (
				request) -> request.param("proposed", "2").param("reason", why).param("opinion", "true");
		assertThat(post(KEY, token(KEY), form)).hasStatus3xxRedirection();
		assertThat(post(KEY, token(KEY), form)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("already been sent for this rating");
		assertThat(this.challenges.findAll()).filteredOn((challenge) -> challenge.getReason().equals(why)).hasSize(1);
	}

	@Test
	void asksTheSameSenderToWaitBeforeChallengingAgain() {
		String sender = "203.0.113." + SENDERS.getAndIncrement();
		String first = "First " + UUID.randomUUID();
		String second = "Second " + UUID.randomUUID();
		assertThat(postFrom(sender, KEY, first)).hasStatus3xxRedirection();
		MvcTestResult again = postFrom(sender, "matrix:centralized:control", second);
		assertThat(again).hasStatus(HttpStatus.TOO_MANY_REQUESTS).bodyText().contains("try again in");
		assertThat(Integer.parseInt(again.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(1, 15);
		assertNotStored(second);
	}

	@Test
	void keepsSpamButNeverListsIt() {
		String trapped = "Honeypot filled " + UUID.randomUUID();
		assertThat(post(KEY, token(KEY),
				(request) -> request.param("proposed", "2")
					.param("reason", trapped)
					.param("opinion", "true")
					.param("website", "https://spam.example")))
			.hasStatus3xxRedirection();
		String fast = "Too fast " + UUID.randomUUID();
		assertThat(post(KEY, this.tokens.issue(ChallengePosting.TOKEN_SCOPE + KEY, Instant.now()),
				(request) -> request.param("proposed", "2").param("reason", fast).param("opinion", "true")))
			.hasStatus3xxRedirection();
		Challenge spam = stored(trapped);
		assertThat(spam.getStatus()).isEqualTo(ChallengeStatus.SPAM);
		assertThat(stored(fast).getStatus()).isEqualTo(ChallengeStatus.SPAM);
		assertThat(this.mvc.get().uri("/challenges")).hasStatusOk()
			.bodyText()
			.doesNotContain(trapped)
			.doesNotContain(fast);
		assertThat(this.mvc.get().uri("/api/v1/challenges?size=100")).hasStatusOk().bodyText().doesNotContain(trapped);
		assertThat(this.mvc.get().uri("/api/v1/challenges/" + spam.getId())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void answersAnUnknownChallengeNumberWithNotFound() {
		assertThat(this.mvc.get().uri("/challenges/999999/received")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/challenges?page=0")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private MvcTestResult postFrom(String sender, String key, String why) {
		return this.mvc.post().uri("/challenges?rating=" + key).with((request) -> {
			request.setRemoteAddr(sender);
			return request;
		})
			.header(HttpHeaders.ORIGIN, "http://localhost")
			.param("token", token(key))
			.param("proposed", "3")
			.param("reason", why)
			.param("opinion", "true")
			.exchange();
	}

	private MvcTestResult post(String key, String token, UnaryOperator<MockMvcRequestBuilder> fields) {
		String sender = "198.51.100." + (SENDERS.getAndIncrement() % 250 + 1) + "";
		MockMvcRequestBuilder request = this.mvc.post().uri("/challenges?rating=" + key).with((each) -> {
			each.setRemoteAddr(sender + "");
			return each;
		}).header(HttpHeaders.ORIGIN, "http://localhost");
		if (token != null) {
			request = request.param("token", token);
		}
		return fields.apply(request).exchange();
	}

	private String token(String key) {
		return this.tokens.issue(ChallengePosting.TOKEN_SCOPE + key, Instant.now().minusSeconds(30));
	}

	private Challenge stored(String reason) {
		return this.challenges.findAll()
			.stream()
			.filter((challenge) -> challenge.getReason().equals(reason))
			.findFirst()
			.orElseThrow(() -> new AssertionError("not stored: " + reason));
	}

	private void assertNotStored(String reason) {
		assertThat(this.challenges.findAll()).noneMatch((challenge) -> challenge.getReason().equals(reason));
	}

}

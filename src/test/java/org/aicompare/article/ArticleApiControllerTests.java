package org.aicompare.article;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ArticleApiController} on the seeded content, through the whole
 * application.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticleApiControllerTests {

	private static final String INTRO = "/api/v1/articles/decentralized-vs-centralized-ai";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsTheArticlesInReadingOrder() {
		assertThat(this.mvc.get().uri("/api/v1/articles")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].slug")
			.isEqualTo("decentralized-vs-centralized-ai");
		assertThat(this.mvc.get().uri("/api/v1/articles")).bodyJson()
			.extractingPath("$.items[1].links.html")
			.isEqualTo("/articles/what-is-centralized-ai");
	}

	@Test
	void givesAnArticleWithSectionsAndItsPublishedComments() {
		var body = assertThat(this.mvc.get().uri(INTRO)).hasStatusOk().bodyJson();
		body.extractingPath("$.sections[0].passages[0].text").asString().isNotBlank();
		body.extractingPath("$.sections[0].level").isEqualTo(2);
		body.extractingPath("$.comments.totalElements").isEqualTo(8);
		body.extractingPath("$.comments.page").isEqualTo(0);
		body.extractingPath("$.comments.size").isEqualTo(20);
		body.extractingPath("$.comments.items").asArray().hasSize(8);
		body.extractingPath("$.comments.items[0].postedAt").asString().matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		body.extractingPath("$.comments.items[*].text")
			.asArray()
			.noneMatch((text) -> text.toString().contains("[Product/Tool]"));
	}

	@Test
	void pagesTheComments() {
		var body = assertThat(this.mvc.get().uri(INTRO + "?page=1&size=3")).hasStatusOk().bodyJson();
		body.extractingPath("$.comments.items").asArray().hasSize(3);
		body.extractingPath("$.comments.page").isEqualTo(1);
		body.extractingPath("$.comments.totalElements").isEqualTo(8);
	}

	@Test
	void rejectsATooLargePageSizeNamingTheParameter() {
		var body = assertThat(this.mvc.get().uri(INTRO + "?size=500")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson();
		body.extractingPath("$.invalidParams[0].name").isEqualTo("size");
		body.extractingPath("$.invalidParams[0].value").isEqualTo("500");
		body.extractingPath("$.validValues[0]").isEqualTo("1 to 100");
	}

	@Test
	void rejectsAMalformedPageNamingTheParameter() {
		var body = assertThat(this.mvc.get().uri(INTRO + "?page=first")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson();
		body.extractingPath("$.invalidParams[0].name").isEqualTo("page");
		body.extractingPath("$.invalidParams[0].value").isEqualTo("first");
		body.doesNotHavePath("$.trace");
	}

	@Test
	void answersAnUnknownArticleWithNotFound() {
		assertThat(this.mvc.get().uri("/api/v1/articles/no-such-article")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}

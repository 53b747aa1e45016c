package org.aicompare.project;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.system.SecurityConfiguration;

import org.aicompare.web.ApiTerms;
import org.aicompare.web.PageCitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link ProjectCsvController}.
 */
@Import({ SecurityConfiguration.class, ApiTerms.class, PageCitations.class })
@WebMvcTest(ProjectCsvController.class)
class ProjectCsvControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private OrganisationRepository organisations;

	@Test
	void downloadsOneRowPerOrganisationWithItsProductsFactsRevisionAndLicence() throws IOException {
		Organisation openai = ProjectControllerTests.openai();
		openai.getProducts().add(new Product(openai, "GPT-4, \"o1\"", 1, List.of(47)));
		openai.getFacts()
			.add(new Fact(openai, FactTopic.FOUNDED, "Announced in 2015", List.of("S1"), "2015-12-11", false, 0));
		openai.getFacts()
			.add(new Fact(openai, FactTopic.ACTIVITY, "Research", List.of("S3", "S4"), "2026-11", true, true, null, 1));
		given(this.organisations.findAllProfiles()).willReturn(List.of(openai, ProjectControllerTests.bittensor()));
		var result = this.mvc.get().uri("/projects.csv").exchange();
		assertThat(result).hasStatusOk()
			.hasContentType("text/csv;charset=UTF-8")
			.hasHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aicompare-organisations.csv\"");
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("slug,name,model,summary,products,facts,content_revision,licence\r\n");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))
			.getRecords();
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).toMap()).containsEntry("slug", "openai")
			.containsEntry("name", "OpenAI")
			.containsEntry("model", "centralized")
			.containsEntry("summary", "AI research and deployment company.")
			.containsEntry("products", "ChatGPT;GPT-4, \"o1\"")
			.containsEntry("facts",
					"founded: Announced in 2015 [S1] (as of 2015-12-11) | activity: Research [S3;S4] (checked 2026-11, uncertain)")
			.containsEntry("content_revision", "unknown");
		assertThat(rows.get(0).get("licence")).startsWith("CC BY 4.0");
		assertThat(rows.get(1).get("slug")).isEqualTo("bittensor");
		assertThat(rows.get(1).get("facts")).isEmpty();
	}

}

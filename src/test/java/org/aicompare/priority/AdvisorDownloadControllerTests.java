package org.aicompare.priority;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.aicompare.edition.Editions;
import org.aicompare.project.BuyerPanels;
import org.aicompare.system.SecurityConfiguration;
import org.aicompare.web.PageCitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link AdvisorDownloadController}.
 */
@WebMvcTest(AdvisorDownloadController.class)
@Import({ Advisor.class, SecurityConfiguration.class, PageCitations.class })
class AdvisorDownloadControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private AdvisorData data;

	@MockitoBean
	private BuyerPanels buyerPanels;

	@MockitoBean
	private Editions editions;

	@BeforeEach
	void data() {
		given(this.data.load()).willReturn(AdvisorTestData.snapshot());
		given(this.buyerPanels.panels()).willReturn(AdvisorTestData.panels());
	}

	@Test
	void downloadsTheDecisionAsJson() {
		MvcTestResult result = this.mvc.get().uri("/advisor.json?priority=speed:2&priority=transparency").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.recommendation").isEqualTo("centralized");
		assertThat(result).bodyJson().extractingPath("$.methodVersion").isEqualTo(Advisor.METHOD_VERSION);
		assertThat(result).bodyJson().extractingPath("$.selection[0].priority").isEqualTo("speed");
		assertThat(result).bodyJson().extractingPath("$.selection[0].weight").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.scores[0].model").isEqualTo("centralized");
		assertThat(result).bodyJson().extractingPath("$.scores[0].score").isEqualTo(75.0);
		assertThat(result).bodyJson().extractingPath("$.breakdown[1].points.decentralized").isEqualTo(25.0);
		assertThat(result).bodyJson()
			.extractingPath("$.links.html")
			.isEqualTo("/advisor?priority=speed:2&priority=transparency");
		assertThat(result).bodyJson()
			.extractingPath("$.citation.url")
			.isEqualTo("http://localhost:8080/advisor?priority=speed:2&priority=transparency");
		assertThat(result).bodyJson()
			.extractingPath("$.citation.accessedIso")
			.asString()
			.matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(result).bodyJson().extractingPath("$.citation.revision").isEqualTo("unknown");
	}

	@Test
	void downloadsTheDecisionAsCsvThatParsesBack() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/advisor.csv?priority=speed:2&priority=transparency").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"aicompare-decision.csv\"");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(result.getResponse().getContentAsString()))
			.getRecords();
		assertThat(rows).extracting((row) -> row.get("row"))
			.containsExactly("contribution", "contribution", "score", "recommended", "organisation", "organisation");
		assertThat(rows.get(0).get("priority")).isEqualTo("speed");
		assertThat(rows.get(2).get("centralized")).isEqualTo("75.0");
		assertThat(rows.get(3).get("centralized")).isEqualTo("yes");
		assertThat(rows.get(4).get("priority")).isEqualTo("acme");
		assertThat(rows.get(4).get("weight")).isEqualTo("met");
		assertThat(rows.get(4).get("decentralized")).isEmpty();
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.get("computed_on")).matches("\\d{4}-\\d{2}-\\d{2}");
			assertThat(row.get("content_version")).isEqualTo("unknown");
			assertThat(row.get("page"))
				.isEqualTo("http://localhost:8080/advisor?priority=speed:2&priority=transparency");
		});
	}

	@Test
	void answersBadValuesWithAProblemDetail() {
		MvcTestResult result = this.mvc.get().uri("/advisor.json?priority=speed:7").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.invalidParams[0].value").isEqualTo("speed:7");
		assertThat(result).bodyJson().extractingPath("$.invalidParams[0].reason").isEqualTo("WEIGHT_OUT_OF_RANGE");
		assertThat(result).bodyJson()
			.extractingPath("$.validPriorities")
			.asArray()
			.contains("speed", "transparency", "trust");
	}

	@Test
	void answersAnEmptySelectionWithAProblemDetail() {
		assertThat(this.mvc.get().uri("/advisor.csv")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("Select at least one priority");
	}

}

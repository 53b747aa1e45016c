package org.aicompare.about;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import org.aicompare.system.SecurityConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * Tests for {@link AboutController} in a copy whose operator named the publisher.
 */
@WebMvcTest(controllers = AboutController.class,
		properties = { "aicompare.publisher.name=Example Media Ltd",
				"aicompare.publisher.editors[0]=Ada Lovelace, editor",
				"aicompare.publisher.editors[1]=Alan Turing, ratings editor",
				"aicompare.publisher.contact=corrections@example.org", "aicompare.publisher.location=Lyon, France",
				"aicompare.publisher.conflicts=The editors hold no tokens and work for no compared organisation." })
@Import({ AboutPageAssembler.class, SecurityConfiguration.class })
class AboutConfiguredTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private CorrectionRepository corrections;

	@Test
	void namesThePublisherTheEditorsTheContactAndTheirConflicts() {
		given(this.corrections.findAllByOrderByCorrectedOnDescPositionAsc()).willReturn(List.of());
		assertThat(this.mvc.get().uri("/about")).hasStatusOk()
			.bodyText()
			.contains("Example Media Ltd", "Ada Lovelace, editor", "Alan Turing, ratings editor",
					"href=\"mailto:corrections@example.org\"", "Lyon, France",
					"The editors hold no tokens and work for no compared organisation.")
			.doesNotContain("unconfigured", "Unconfigured", "No editor is named");
	}

}

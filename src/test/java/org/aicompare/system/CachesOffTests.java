package org.aicompare.system;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spring.cache.type=none} switches every application cache off, so each request
 * renders from the database (what a benchmark of the uncached site measures).
 */
@SpringBootTest(properties = { "spring.cache.type=none", "spring.jpa.properties.hibernate.generate_statistics=true" })
@AutoConfigureMockMvc
class CachesOffTests {

	@Test
	void everyRequestReadsTheDatabase(@Autowired MockMvcTester mvc, @Autowired EntityManagerFactory factory) {
		Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
		for (String page : new String[] { "/", "/compare", "/projects", "/projects/openai",
				"/articles/key-differences" }) {
			assertThat(mvc.get().uri(page)).hasStatusOk();
			statistics.clear();
			assertThat(mvc.get().uri(page)).hasStatusOk();
			assertThat(statistics.getPrepareStatementCount()).as(page).isPositive();
		}
	}

}

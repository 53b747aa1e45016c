package org.aicompare.system;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.CacheManager;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page costs a constant, small number of SQL statements, whatever the size of the
 * data: at most three with empty caches, none once its view model is cached.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class PageStatementTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CacheManager caches;

	private Statistics statistics;

	@BeforeEach
	void emptyCaches(@Autowired EntityManagerFactory entityManagerFactory) {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/compare", "/projects", "/projects/openai", "/articles/key-differences",
			"/articles/what-is-decentralized-ai", "/articles/conclusion" })
	void aPageCostsAtMostThreeStatementsColdAndNoneWarm(String page) {
		assertThat(statementsFor(page)).as("cold " + page).isLessThanOrEqualTo(3);
		assertThat(statementsFor(page)).as("warm " + page).isZero();
	}

	private long statementsFor(String page) {
		this.statistics.clear();
		assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.OK);
		return this.statistics.getPrepareStatementCount();
	}

}

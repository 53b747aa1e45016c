package org.aicompare.system;

import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * data: at most three with empty caches, none once its view model is cached. The
 * site-wide tables a page reads beside its own (every organisation's "For a business"
 * panel and ratings, the hybrid patterns, the decentralization spectrum and the content
 * version), loaded once per content revision for all pages, are loaded before the page's
 * own caches are emptied, and are measured on their own.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class PageStatementTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private CacheManager caches;

	private Statistics statistics;

	/**
	 * Caches that hold a table for the whole site, loaded once per content revision:
	 * every organisation's panel and ratings, the hybrid patterns, the decentralization
	 * spectrum, the editions (whose changes profiles and patterns list), and the content
	 * version every page's citation names.
	 */
	private static final Set<String> SITE_WIDE = Set.of("buyer-panels", "content-version", "organisation-ratings",
			"hybrid-patterns", "spectrum", "editions");

	@BeforeEach
	void emptyCaches(@Autowired EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		assertThat(this.mvc.get().uri("/projects/openai")).hasStatus(HttpStatus.OK);
		this.caches.getCacheNames()
			.stream()
			.filter((name) -> !SITE_WIDE.contains(name))
			.forEach((name) -> this.caches.getCache(name).clear());
	}

	@Test
	void theSiteWideTablesCostAConstantNumberOfStatementsOncePerRevision() {
		SITE_WIDE.forEach((name) -> this.caches.getCache(name).clear());
		// The matrix, the organisations' ratings and the patterns read the editions once
		// per revision, for their "changed in edition N" marks.
		assertThat(statementsFor("/projects")).as("cold site-wide tables and /projects").isLessThanOrEqualTo(9);
		// A profile cites itself with the content version and shows the organisations'
		// ratings, the spectrum and its own changes (three statements), each read once
		// for
		// all pages.
		assertThat(statementsFor("/projects/openai"))
			.as("/projects/openai, its own, the content version, the ratings, the spectrum and the editions")
			.isLessThanOrEqualTo(8);
		assertThat(statementsFor("/spectrum")).as("cold spectrum, panels loaded").isLessThanOrEqualTo(2);
		this.caches.getCacheNames()
			.stream()
			.filter((name) -> !SITE_WIDE.contains(name))
			.forEach((name) -> this.caches.getCache(name).clear());
		assertThat(statementsFor("/projects/openai")).as("/projects/openai, site-wide tables loaded")
			.isLessThanOrEqualTo(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/compare", "/projects", "/projects/openai", "/articles/key-differences",
			"/articles/what-is-decentralized-ai", "/articles/conclusion", "/hybrid", "/hybrid/compute-to-data",
			"/spectrum" })
	void aPageCostsAtMostThreeStatementsColdAndNoneWarm(String page) {
		assertThat(statementsFor(page)).as("cold " + page).isLessThanOrEqualTo(3);
		assertThat(statementsFor(page)).as("warm " + page).isZero();
	}

	@Test
	void aNewMixOfPrioritiesCostsNoStatementOnceTheAdvisorsDataIsRead() {
		assertThat(statementsFor("/advisor?priority=speed:3&priority=trust")).as("cold advisor")
			.isLessThanOrEqualTo(12);
		assertThat(statementsFor("/advisor?priority=openness:2&priority=cost-efficiency&require=open-weights"))
			.as("a new mix")
			.isZero();
	}

	private long statementsFor(String page) {
		this.statistics.clear();
		assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.OK);
		return this.statistics.getPrepareStatementCount();
	}

}

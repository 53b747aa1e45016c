package org.aicompare.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site warns at startup when it names itself by the default base URL although it runs
 * on another port or in another profile, and only then.
 */
class BaseUrlCheckTests {

	private static final SiteProperties DEFAULT = new SiteProperties(SiteProperties.DEFAULT_BASE_URL);

	@Test
	void warnsWhenTheDefaultBaseUrlMeetsAnotherPort() {
		assertThat(new BaseUrlCheck(DEFAULT, new MockEnvironment()).warning(18080)).contains("AICOMPARE_SITE_BASE_URL")
			.contains("http://localhost:8080")
			.contains("port 18080");
	}

	@Test
	void warnsWhenTheDefaultBaseUrlMeetsAnotherProfile() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("postgres");
		assertThat(new BaseUrlCheck(DEFAULT, production).warning(8080)).contains("postgres");
	}

	@Test
	void keepsQuietForATryOutOnTheDefaultPort() {
		assertThat(new BaseUrlCheck(DEFAULT, new MockEnvironment()).warning(8080)).isNull();
	}

	@Test
	void keepsQuietWhenTheBaseUrlIsSet() {
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("postgres");
		assertThat(new BaseUrlCheck(new SiteProperties("https://aicompare.example"), production).warning(443)).isNull();
	}

}

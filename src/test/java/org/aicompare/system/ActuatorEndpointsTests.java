package org.aicompare.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator shows health (with liveness and readiness probes) and Prometheus metrics
 * to anyone, without a session, and nothing else.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActuatorEndpointsTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private HealthEndpointGroups groups;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" })
	void reportsHealthWithoutDetailsOrCookies(String path) {
		var result = assertThat(this.mvc.get().uri(path)).hasStatusOk().doesNotContainHeader(HttpHeaders.SET_COOKIE);
		result.bodyJson().extractingPath("$.status").isEqualTo("UP");
		result.bodyText().doesNotContain("components").doesNotContain("details");
	}

	@Test
	void readinessDependsOnTheDatabaseAndLivenessDoesNot() {
		assertThat(this.groups.get("readiness").isMember("db")).isTrue();
		assertThat(this.groups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(this.groups.get("liveness").isMember("db")).isFalse();
		assertThat(this.groups.get("liveness").isMember("livenessState")).isTrue();
	}

	@Test
	void servesPrometheusMetrics() {
		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatusOk()
			.doesNotContainHeader(HttpHeaders.SET_COOKIE)
			.bodyText()
			.contains("jvm_memory_used_bytes")
			.contains("hikaricp_connections");
	}

	@Test
	void timesEachRequestOnceAndNotEachSecurityFilter() {
		assertThat(this.mvc.get().uri("/compare")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatusOk()
			.bodyText()
			.contains("http_server_requests_seconds_count")
			.doesNotContain("spring_security_filterchains")
			.doesNotContain("spring_security_authorizations");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/env", "/actuator/info", "/actuator/beans", "/actuator/metrics",
			"/actuator/heapdump", "/actuator/threaddump", "/actuator/loggers", "/actuator/configprops",
			"/actuator/mappings", "/actuator/sessions", "/actuator/shutdown" })
	void exposesNoOtherEndpoint(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatus(HttpStatus.NOT_FOUND);
	}

}

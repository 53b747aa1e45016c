package org.aicompare.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.servers.Server;

import org.springframework.context.annotation.Configuration;

/**
 * How the OpenAPI document at {@code /v3/api-docs} introduces the API. The server is the
 * site itself, so the document works wherever the site runs.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "aicompare API", version = "v1",
		description = "Centralized, decentralized and hybrid AI compared, read-only: the models, the comparison matrix, "
				+ "articles, organisations, priorities, advice and the source text, every claim with the passages it rests on.",
		license = @License(name = "CC BY 4.0 for the site's own additions; the source text remains its author's")),
		servers = @Server(url = "/", description = "This site"))
class ApiDocumentation {

}

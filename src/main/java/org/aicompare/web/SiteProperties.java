package org.aicompare.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the site presents itself to the outside.
 *
 * @param baseUrl the public address of the site, without a trailing slash, used for
 * canonical links, Open Graph tags and anything that must name the site absolutely
 */
@ConfigurationProperties("aicompare.site")
public record SiteProperties(@DefaultValue("http://localhost:8080") String baseUrl) {

}

package org.aicompare.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the content comes from and when it is imported.
 *
 * @param location where the content files are, as a Spring resource location ending in a
 * slash; the files shipped with the site by default
 * @param importOnStartup whether to import the content when the site starts, if its files
 * changed since the last import
 */
@ConfigurationProperties("aicompare.content")
public record ContentProperties(@DefaultValue("classpath:content/") String location,
		@DefaultValue("true") boolean importOnStartup) {

}

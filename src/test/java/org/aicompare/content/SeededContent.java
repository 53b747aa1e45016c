package org.aicompare.content;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import org.aicompare.edition.EditionRecorder;
import org.aicompare.revision.SiteRevision;

/**
 * Adds the content import to a {@code @DataJpaTest}, so the test sees the seeded content
 * exactly as the site does after it starts.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = ContentImporter.class)
@Import({ SiteRevision.class, EditionRecorder.class })
@EnableConfigurationProperties(ContentProperties.class)
public class SeededContent {

}

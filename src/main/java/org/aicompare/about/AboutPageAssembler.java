package org.aicompare.about;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the about page from the publisher's configuration and the stored corrections,
 * once per content revision.
 */
@Component
@EnableConfigurationProperties(PublisherProperties.class)
public class AboutPageAssembler {

	private final PublisherProperties publisher;

	private final CorrectionRepository corrections;

	AboutPageAssembler(PublisherProperties publisher, CorrectionRepository corrections) {
		this.publisher = publisher;
		this.corrections = corrections;
	}

	/**
	 * The about page.
	 * @return the page model
	 */
	@Cacheable("about-page")
	@Transactional(readOnly = true)
	public AboutPage page() {
		return new AboutPage(this.publisher.configured(), this.publisher.name(), this.publisher.editors(),
				this.publisher.contact(), this.publisher.contactLink(), this.publisher.location(),
				this.publisher.conflicts(), corrections());
	}

	/**
	 * Every correction, newest first.
	 * @return the corrections
	 */
	@Transactional(readOnly = true)
	public List<CorrectionSummary> corrections() {
		return this.corrections.findAllByOrderByCorrectedOnDescPositionAsc()
			.stream()
			.map(Correction::toSummary)
			.toList();
	}

}

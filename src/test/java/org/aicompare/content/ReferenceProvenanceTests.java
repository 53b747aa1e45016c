package org.aicompare.content;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import org.aicompare.source.Reference;
import org.aicompare.source.ReferenceRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the references behind the site's added facts are ones a reader can follow:
 * every reference added since the first publication has an https address, a publisher and
 * says whether it is primary or secondary. Only the first references (codes {@code S1},
 * {@code S2}...), transcribed before addresses were recorded, may lack them.
 */
@DataJpaTest
@Import(SeededContent.class)
class ReferenceProvenanceTests {

	@Autowired
	private ReferenceRepository references;

	@Test
	void everyReferenceAddedSinceTheFirstPublicationHasAnAddressAPublisherAndAKind() {
		List<Reference> all = this.references.findAllByOrderByPosition();
		assertThat(all).isNotEmpty();
		all.stream().filter((reference) -> !reference.getCode().matches("S\\d+[a-z]?")).forEach((reference) -> {
			assertThat(reference.getAddress()).as(reference.getCode()).isNotBlank();
			assertThat(reference.getPublisher()).as(reference.getCode()).isNotBlank();
			assertThat(reference.getKind()).as(reference.getCode()).isNotNull();
		});
	}

	@Test
	void everyAddressIsAnAbsoluteHttpsLink() {
		this.references.findAllByOrderByPosition()
			.stream()
			.filter((reference) -> reference.getAddress() != null)
			.forEach((reference) -> {
				URI address = URI.create(reference.getAddress());
				assertThat(address.getScheme()).as(reference.getCode()).isEqualTo("https");
				assertThat(address.getHost()).as(reference.getCode()).isNotBlank();
			});
	}

	@Test
	void codesNameTheResearchNoteTheyComeFrom() {
		this.references.findAllByOrderByPosition()
			.forEach((reference) -> assertThat(reference.getCode()).as(reference.getCode())
				.matches("S\\d+[a-z]?|(CP|DN|EU|FC)-[A-Z]\\d+[a-z]?"));
	}

}

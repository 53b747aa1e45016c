package org.aicompare.about;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes this copy of the site, shown on {@code /about} and in every citation. The
 * defaults say plainly that the copy is unconfigured: a copy that names no publisher must
 * not look as if someone stood behind it.
 *
 * @param name the person or organisation that publishes the site and answers for it
 * @param editors the people who edit the content and assign the ratings, each as "name,
 * role"; empty when none is named
 * @param contact how to reach the publisher about errors and corrections: an e-mail
 * address or an https address of a contact form
 * @param location where the publisher is established, such as a city and country
 * @param conflicts the conflicts-of-interest statement: whether the publisher or editors
 * hold tokens of a compared network, work for or are paid by a compared organisation
 */
@ConfigurationProperties("aicompare.publisher")
public record PublisherProperties(@DefaultValue(PublisherProperties.UNCONFIGURED_NAME) String name,
		@DefaultValue List<String> editors, @DefaultValue(PublisherProperties.UNCONFIGURED) String contact,
		@DefaultValue(PublisherProperties.UNCONFIGURED) String location,
		@DefaultValue(PublisherProperties.UNCONFIGURED_CONFLICTS) String conflicts) {

	/** The publisher's name when none is set. */
	public static final String UNCONFIGURED_NAME = "Unconfigured copy of aicompare: no publisher has been named";

	/** Any other detail when none is set. */
	public static final String UNCONFIGURED = "Not configured in this copy";

	/** The conflicts statement when none is set. */
	public static final String UNCONFIGURED_CONFLICTS = "No conflicts-of-interest statement has been configured for this copy.";

	public PublisherProperties {
		editors = (editors != null) ? List.copyOf(editors) : List.of();
	}

	/**
	 * Whether this copy names its publisher: a copy that does not must say so wherever it
	 * would name one.
	 * @return whether a publisher is configured
	 */
	public boolean configured() {
		return !UNCONFIGURED_NAME.equals(this.name);
	}

	/**
	 * The contact as a link: {@code mailto:} for an e-mail address, the address itself
	 * for an https address.
	 * @return the link, or {@code null} when the contact is no address
	 */
	public String contactLink() {
		if (this.contact.startsWith("https://")) {
			return this.contact;
		}
		return this.contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? "mailto:" + this.contact : null;
	}

}

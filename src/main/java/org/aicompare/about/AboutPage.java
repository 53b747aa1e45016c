package org.aicompare.about;

import java.util.List;

/**
 * What {@code /about} shows: who publishes and edits the site, how to reach them, what
 * they declare, and every correction made, newest first.
 *
 * @param configured whether this copy names its publisher
 * @param publisher the publisher's name
 * @param editors the editors, each as "name, role"
 * @param contact how to reach the publisher
 * @param contactLink the contact as a link, or {@code null} when it is no address
 * @param location where the publisher is established
 * @param conflicts the conflicts-of-interest statement
 * @param corrections the corrections, newest first
 */
public record AboutPage(boolean configured, String publisher, List<String> editors, String contact, String contactLink,
		String location, String conflicts, List<CorrectionSummary> corrections) {

	public AboutPage {
		editors = List.copyOf(editors);
		corrections = List.copyOf(corrections);
	}

}

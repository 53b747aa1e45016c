package org.aicompare.content;

import org.aicompare.web.ContentVersionLookup;

import org.springframework.stereotype.Component;

/**
 * Tells the API which content version the database holds.
 */
@Component
class StoredContentVersion implements ContentVersionLookup {

	private final ContentVersionRepository versions;

	StoredContentVersion(ContentVersionRepository versions) {
		this.versions = versions;
	}

	@Override
	public String currentVersion() {
		return this.versions.findById(ContentVersion.SINGLE_ROW).map(ContentVersion::getVersion).orElse(null);
	}

}

package org.aicompare.content;

import org.aicompare.web.ContentVersionLookup;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Tells the API and the pages' citations which content version the database holds; read
 * once per site revision, as every page that cites itself asks.
 */
@Component
class StoredContentVersion implements ContentVersionLookup {

	private final ContentVersionRepository versions;

	StoredContentVersion(ContentVersionRepository versions) {
		this.versions = versions;
	}

	@Override
	@Cacheable("content-version")
	public String currentVersion() {
		return this.versions.findById(ContentVersion.SINGLE_ROW).map(ContentVersion::getVersion).orElse(null);
	}

}

package org.aicompare.content;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Imports changed content while the site starts, before the web server takes requests, so
 * the first reader already sees it.
 */
@Component
class ContentStartup implements SmartInitializingSingleton {

	private final ContentImporter importer;

	private final ContentProperties properties;

	ContentStartup(ContentImporter importer, ContentProperties properties) {
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.importOnStartup()) {
			this.importer.importIfChanged();
		}
	}

}

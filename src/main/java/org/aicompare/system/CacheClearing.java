package org.aicompare.system;

import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.aicompare.revision.RevisionChangedEvent;

/**
 * Empties every application cache when the site revision changes: entries of the old
 * revision can no longer be asked for, and would only take memory.
 */
@Component
class CacheClearing {

	private final CacheManager caches;

	CacheClearing(CacheManager caches) {
		this.caches = caches;
	}

	@EventListener
	void clear(RevisionChangedEvent changed) {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
	}

}

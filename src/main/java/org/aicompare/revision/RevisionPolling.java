package org.aicompare.revision;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Polls the site revision every {@link RevisionProperties#pollInterval()} on a scheduler
 * thread, so changes made by other instances on the same database arrive.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(RevisionProperties.class)
class RevisionPolling implements SchedulingConfigurer {

	private final SiteRevision revision;

	private final RevisionProperties properties;

	RevisionPolling(SiteRevision revision, RevisionProperties properties) {
		this.revision = revision;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this.revision::poll, this.properties.pollInterval());
	}

}

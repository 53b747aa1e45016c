package org.aicompare;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The aicompare site: centralized, decentralized and hybrid AI compared, every claim
 * traced back to its source.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AicompareApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	public static void main(String[] args) {
		SpringApplication.run(AicompareApplication.class, args);
	}

}

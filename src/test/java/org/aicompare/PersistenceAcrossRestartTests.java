package org.aicompare;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.content.ContentVersion;
import org.aicompare.content.ContentVersionRepository;
import org.aicompare.project.OrganisationRepository;
import org.aicompare.source.PassageRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the site twice on the default file-based H2 database: the second start keeps
 * what the first stored and duplicates nothing.
 */
class PersistenceAcrossRestartTests {

	@TempDir
	Path data;

	@Test
	void keepsContentAndReaderCommentsAcrossARestartWithoutDuplicates() {
		Long commentId;
		Instant importedAt;
		try (ConfigurableApplicationContext first = start()) {
			commentId = first.getBean(CommentRepository.class)
				.save(new Comment(CommentTarget.PROJECT, "bittensor", null, "Grace", null, "Stored before the restart.",
						CommentStatus.PENDING, false, null, Instant.now()))
				.getId();
			importedAt = first.getBean(ContentVersionRepository.class).current().getImportedAt();
		}
		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(PassageRepository.class).count()).isEqualTo(244);
			assertThat(second.getBean(OrganisationRepository.class).count()).isEqualTo(10);
			assertThat(second.getBean(CommentRepository.class).count()).isEqualTo(10);
			assertThat(second.getBean(CommentRepository.class).findById(commentId)).get()
				.extracting(Comment::getText)
				.isEqualTo("Stored before the restart.");
			ContentVersion version = second.getBean(ContentVersionRepository.class).current();
			assertThat(version.getImportedAt()).as("no second import").isEqualTo(importedAt);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(AicompareApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("aicompare"),
				"--spring.datasource.username=sa", "--spring.datasource.password=");
	}

}

package org.aicompare.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.aicompare.comment.Comment;
import org.aicompare.comment.CommentRepository;
import org.aicompare.comment.CommentStatus;
import org.aicompare.comment.CommentTarget;
import org.aicompare.edition.EditionRecorder;
import org.aicompare.priority.PriorityRepository;
import org.aicompare.revision.SiteRevision;
import org.aicompare.source.PassageRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link ContentImporter}: imports are idempotent, follow changed files, leave
 * comments alone and never leave half an import behind. Each test commits, so each puts
 * the shipped content back when it ends.
 */
@DataJpaTest
@Import(SeededContent.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ContentImporterTests {

	private static final String[] FILES = { "source.txt", "content.yml", "models.yml", "matrix.yml", "priorities.yml",
			"articles.yml", "organisations.yml", "facts.yml", "comments.yml", "buyer.yml", "corrections.yml",
			"hybrid-patterns.yml", "spectrum.yml" };

	@TempDir
	Path edited;

	@Autowired
	private ContentImporter shipped;

	@Autowired
	private ContentVersionRepository versions;

	@Autowired
	private ContentChangeRepository changes;

	@Autowired
	private ContentParts parts;

	@Autowired
	private ContentTables tables;

	@Autowired
	private SiteRevision revision;

	@Autowired
	private EditionRecorder editions;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private PassageRepository passages;

	@Autowired
	private PriorityRepository priorities;

	@Autowired
	private CommentRepository comments;

	@AfterEach
	void restoreTheShippedContent() {
		this.shipped.importIfChanged();
	}

	@Test
	void importingUnchangedContentAgainChangesNothing() {
		long passages = this.passages.count();
		long priorities = this.priorities.count();
		String checksum = this.versions.current().getChecksum();
		assertThat(this.shipped.importIfChanged()).isFalse();
		assertThat(this.shipped.importIfChanged()).isFalse();
		assertThat(this.passages.count()).isEqualTo(passages).isEqualTo(244);
		assertThat(this.priorities.count()).isEqualTo(priorities);
		assertThat(this.versions.current().getChecksum()).isEqualTo(checksum);
	}

	@Test
	void aChangedContentFileUpdatesTheDatabaseAndLeavesCommentsAlone() throws IOException {
		Comment reader = this.comments.save(new Comment(CommentTarget.ARTICLE, "conclusion", null, "Ada", null,
				"A reader's comment that no import may touch.", CommentStatus.PENDING, false, null, Instant.now()));
		long commentCount = this.comments.count();
		try {
			ContentImporter importer = importerWith((file, text) -> file.equals("priorities.yml")
					? text.replace("New features, updates and fixes arrive quickly.", "Edited description.") : text);
			assertThat(inTransaction(importer)).isTrue();
			assertThat(this.priorities.findBySlug("speed").orElseThrow().getDescription())
				.isEqualTo("Edited description.");
			assertThat(this.passages.count()).isEqualTo(244);
			assertThat(this.changes.count()).isEqualTo(2);
			assertThat(this.comments.count()).isEqualTo(commentCount);
			assertThat(this.comments.findById(reader.getId())).isPresent();
		}
		finally {
			this.comments.deleteById(reader.getId());
		}
	}

	@Test
	void contentThatCitesAMissingPassageFailsAndLeavesTheOldContentInPlace() throws IOException {
		String checksum = this.versions.current().getChecksum();
		ContentImporter importer = importerWith((file, text) -> file.equals("models.yml")
				? text.replace("definition: [5, 12, 20]", "definition: [5, 12, 999]") : text);
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(importer))
			.withMessageContaining("Model centralized cites passage 999");
		assertThat(this.versions.current().getChecksum()).isEqualTo(checksum);
		assertThat(this.passages.count()).isEqualTo(244);
		assertThat(this.priorities.findBySlug("speed")).isPresent();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"quote: \"Decentralized AI delivers openness\"|quote: \"Decentralized AI delivers closedness\"|which is not in passages",
			"      ownership: \"Miners and providers|      owners: \"Miners and providers|axes must be exactly",
			"      control:\\n        rating: 3\\n        rationale: \"Anyone|      contrl:\\n        rating: 3\\n        rationale: \"Anyone|ratings must be exactly",
			"serves: [cost-efficiency, reduced-vendor-lock-in, transparency, community-participation]|serves: [cost-efficiency, cheapness]|serves priorities names",
			"organisation: ocean-protocol|organisation: ocean|unknown organisation ocean",
			"sources: [DN-E8, DN-E10]|sources: [DN-E8, DN-X10]|each must be one of",
			"        rating: 5\\n        rationale: \"The data never|        rating: 6\\n        rationale: \"The data never|needs a rating from 1 to 5 and a reason" })
	void aHybridPatternThatClaimsWhatItCannotShowFailsTheImport(String original, String broken, String message)
			throws IOException {
		String from = original.replace("\\n", "\n");
		String to = broken.replace("\\n", "\n");
		ContentImporter importer = importerWith((file, text) -> {
			if (!file.equals("hybrid-patterns.yml")) {
				return text;
			}
			assertThat(text).contains(from);
			return text.replace(from, to);
		});
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(importer)).withMessageContaining(message);
	}

	@Test
	void aFactWithoutASourceIsNoFactAndFailsTheImport() throws IOException {
		ContentImporter importer = importerWith((file, text) -> file.equals("facts.yml")
				? text.replace("      sources: [S1]\n      asOf: \"2015-12-11\"\n    - topic: base",
						"      sources: []\n      asOf: \"2015-12-11\"\n    - topic: base")
				: text);
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(importer))
			.withMessageContaining("A fact about openai")
			.withMessageContaining("cites no reference");
	}

	@Test
	void aFactNeedsTheDateItsSourceGivesOrTheDateItWasChecked() throws IOException {
		ContentImporter importer = importerWith((file, text) -> file.equals("facts.yml")
				? text.replace("      text: \"GPT models\"\n      sources: [S20]\n      checked: \"2026-11\"\n",
						"      text: \"GPT models\"\n      sources: [S20]\n")
				: text);
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(importer))
			.withMessageContaining("\"GPT models\"")
			.withMessageContaining("the date its source gives (asOf) or the date it was checked (checked)");
	}

	@Test
	void aFactNamingAnUnknownCorrectionFailsTheImport() throws IOException {
		ContentImporter importer = importerWith((file, text) -> file.equals("corrections.yml")
				? text.replace("code: amazon-anthropic", "code: amazon-anthropic-renamed") : text);
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(importer))
			.withMessageContaining("names unknown correction amazon-anthropic");
	}

	@Test
	void aCorrectionNeedsADateAndReferencesThatExist() throws IOException {
		ContentImporter undated = importerWith((file, text) -> file.equals("corrections.yml")
				? text.replace("date: \"2026-12-02\"\n    subject: \"Amazon", "date: \"2 Dec\"\n    subject: \"Amazon")
				: text);
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(undated))
			.withMessageContaining("Correction amazon-anthropic needs an ISO-8601 date");
		ContentImporter unknown = importerWith((file, text) -> file.equals("corrections.yml")
				? text.replace("sources: [FC-C1, FC-C2]", "sources: [FC-C99]") : text);
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(unknown))
			.withMessageContaining("Correction amazon-anthropic cites unknown references: [FC-C99]");
	}

	@Test
	void aMisspeltKeyFailsTheImport() throws IOException {
		ContentImporter importer = importerWith(
				(file, text) -> file.equals("matrix.yml") ? text.replace("rationale:", "rationle:") : text);
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(importer))
			.withMessageContaining("matrix.yml cannot be read");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					sources: [CP-R8, CP-R9, CP-R4]               | sources: [CP-R8, NOPE]                | cites unknown references
					sources: [CP-R32, CP-R33, CP-R6]             | sources: [S7, S8]                     | cites no reference with an address
					reason: "The OpenAI Foundation holds 26% and Microsoft about 27% of OpenAI Group PBC; employees and investors hold the rest, so a few parties own it." | reason: " " | has no text
					openai:                                      | openai-x:                             | names unknown [openai-x]
					gap: small                                   | gap: medium                           | has an unknown gap medium
					cites: [12, 16]                              | cites: [999]                          | cites passage 999
					cites: [207, 204]                            | cites: []                             | cites no passage
					ownership:                                   | ownershp:                             | misses [ownership]
					""")
	void aSpectrumThatIsNotSourcedFailsTheImport(String from, String to, String message) throws IOException {
		String checksum = this.versions.current().getChecksum();
		ContentImporter importer = importerWith((file, text) -> file.equals("spectrum.yml")
				? text.replaceFirst(Pattern.quote(from.strip()), Matcher.quoteReplacement(to.strip())) : text);
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(importer)).withMessageContaining(message);
		assertThat(this.versions.current().getChecksum()).isEqualTo(checksum);
	}

	@Test
	void theChecksumOfTheFilesAloneIsTheChecksumOfTheParsedContent() throws IOException {
		assertThat(filesWith((file, text) -> text).checksum()).isEqualTo(this.versions.current().getChecksum());
		for (String edited : FILES) {
			ContentFiles files = filesWith((file, text) -> file.equals(edited) ? text + "\n# edited\n" : text);
			String checksum = files.checksum();
			assertThat(checksum).as(edited)
				.isEqualTo(files.read().checksum())
				.isNotEqualTo(this.versions.current().getChecksum());
		}
	}

	private boolean inTransaction(ContentImporter importer) {
		return Boolean.TRUE
			.equals(new TransactionTemplate(this.transactionManager).execute((status) -> importer.importIfChanged()));
	}

	private ContentImporter importerWith(Edit edit) throws IOException {
		return new ContentImporter(filesWith(edit), this.versions, this.changes, this.parts, this.tables, this.revision,
				Clock.systemUTC(), this.editions);
	}

	private ContentFiles filesWith(Edit edit) throws IOException {
		for (String file : FILES) {
			String text = new ClassPathResource("content/" + file).getContentAsString(StandardCharsets.UTF_8);
			Files.writeString(this.edited.resolve(file), edit.apply(file, text), StandardCharsets.UTF_8);
		}
		return new ContentFiles(new DefaultResourceLoader(),
				new ContentProperties(this.edited.toUri().toString(), false));
	}

	/**
	 * An edit of one content file's text.
	 */
	@FunctionalInterface
	interface Edit {

		String apply(String file, String text);

	}

}

package org.aicompare.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import org.aicompare.content.ContentDocuments.About;
import org.aicompare.content.ContentDocuments.Articles;
import org.aicompare.content.ContentDocuments.Buyer;
import org.aicompare.content.ContentDocuments.Comments;
import org.aicompare.content.ContentDocuments.Corrections;
import org.aicompare.content.ContentDocuments.Facts;
import org.aicompare.content.ContentDocuments.HybridPatterns;
import org.aicompare.content.ContentDocuments.Matrix;
import org.aicompare.content.ContentDocuments.Models;
import org.aicompare.content.ContentDocuments.Organisations;
import org.aicompare.content.ContentDocuments.Priorities;
import org.aicompare.content.ContentDocuments.Spectrum;

/**
 * Reads the content files: the source text and the YAML files that describe what the site
 * makes of it. A misspelt key or an unknown value fails the read, so broken content never
 * reaches the database.
 */
@Component
class ContentFiles {

	static final String SOURCE_TEXT = "source.txt";

	/**
	 * Every content file, in the order their bytes go into the checksum.
	 */
	private static final List<String> FILES = List.of(SOURCE_TEXT, "content.yml", "models.yml", "matrix.yml",
			"priorities.yml", "articles.yml", "organisations.yml", "facts.yml", "comments.yml", "buyer.yml",
			"corrections.yml", "hybrid-patterns.yml", "spectrum.yml");

	private final ResourceLoader resources;

	private final ContentProperties properties;

	private final ObjectMapper yaml = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		// An absent flag is false; absent numbers fail the importer's own range checks.
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	ContentFiles(ResourceLoader resources, ContentProperties properties) {
		this.resources = resources;
		this.properties = properties;
	}

	Content read() {
		MessageDigest digest = sha256();
		String sourceText = new String(bytes(SOURCE_TEXT, digest), StandardCharsets.UTF_8);
		return new Content(null, sourceText, parse("content.yml", About.class, digest),
				parse("models.yml", Models.class, digest), parse("matrix.yml", Matrix.class, digest),
				parse("priorities.yml", Priorities.class, digest), parse("articles.yml", Articles.class, digest),
				parse("organisations.yml", Organisations.class, digest), parse("facts.yml", Facts.class, digest),
				parse("comments.yml", Comments.class, digest), parse("buyer.yml", Buyer.class, digest),
				parse("corrections.yml", Corrections.class, digest),
				parse("hybrid-patterns.yml", HybridPatterns.class, digest),
				parse("spectrum.yml", Spectrum.class, digest))
			.withChecksum(HexFormat.of().formatHex(digest.digest()));
	}

	/**
	 * The checksum {@link #read()} gives the content, without parsing it: what an
	 * instance joining a site with up-to-date content needs to know it has nothing to
	 * import.
	 * @return the checksum of the content files
	 */
	String checksum() {
		MessageDigest digest = sha256();
		FILES.forEach((file) -> bytes(file, digest));
		return HexFormat.of().formatHex(digest.digest());
	}

	private <T> T parse(String file, Class<T> type, MessageDigest digest) {
		try {
			return this.yaml.readValue(bytes(file, digest), type);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException("Content file " + file + " cannot be read: " + ex.getMessage(), ex);
		}
	}

	private byte[] bytes(String file, MessageDigest digest) {
		Resource resource = this.resources.getResource(this.properties.location() + file);
		try (InputStream in = resource.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			digest.update(file.getBytes(StandardCharsets.UTF_8));
			digest.update(bytes);
			return bytes;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Content file " + resource + " cannot be read", ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package org.aicompare.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A static file is transformed and compressed the first time it is asked for, and every
 * later request, in any form, is answered from the forms made then.
 */
class CompressedStaticFilesTests {

	private final CompressedStaticFiles files = new CompressedStaticFiles();

	private final AtomicInteger transforms = new AtomicInteger();

	private final ResourceTransformerChain chain = mock(ResourceTransformerChain.class);

	private final Resource css = new ClassPathResource("static/css/site.css");

	@Test
	void aFileIsTransformedAndCompressedOnceWhateverFormsAreAskedFor() throws IOException {
		byte[] rewritten = (this.css.getContentAsString(StandardCharsets.UTF_8) + "/* rewritten */")
			.getBytes(StandardCharsets.UTF_8);
		given(this.chain.transform(any(), any())).willAnswer((invocation) -> {
			this.transforms.incrementAndGet();
			return new ByteArrayResource(rewritten);
		});

		Resource gzip = this.files.transform(request("gzip, deflate"), this.css, this.chain);
		Resource again = this.files.transform(request("gzip"), this.css, this.chain);
		Resource plain = this.files.transform(request(null), this.css, this.chain);

		assertThat(this.transforms).as("the chain ran for the first request only").hasValue(1);
		assertThat(again.getContentAsByteArray()).as("the stored bytes").isEqualTo(gzip.getContentAsByteArray());
		assertThat(new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray())).readAllBytes())
			.as("what the other transformers made, compressed")
			.isEqualTo(rewritten);
		assertThat(plain.getContentAsByteArray()).isEqualTo(rewritten);
		assertThat(gzip.getFilename()).as("named as the file, for its media type").isEqualTo("site.css");
		assertThat(gzip.lastModified()).isEqualTo(this.css.lastModified());
		assertThat(((HttpResource) gzip).getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
		assertThat(((HttpResource) plain).getResponseHeaders().containsHeader(HttpHeaders.CONTENT_ENCODING)).isFalse();
		assertThat(((HttpResource) plain).getResponseHeaders().get(HttpHeaders.VARY))
			.containsExactly(HttpHeaders.ACCEPT_ENCODING);
	}

	@Test
	void aClientThatRefusesEveryCodingGetsTheFileAsItIs() throws IOException {
		given(this.chain.transform(any(), any())).willReturn(this.css);

		Resource refused = this.files.transform(request("gzip;q=0, br;q=0"), this.css, this.chain);

		assertThat(refused.getContentAsByteArray()).isEqualTo(this.css.getContentAsByteArray());
		assertThat(((HttpResource) refused).getResponseHeaders().containsHeader(HttpHeaders.CONTENT_ENCODING))
			.isFalse();
	}

	private static MockHttpServletRequest request(String acceptEncoding) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/css/site.css");
		if (acceptEncoding != null) {
			request.addHeader(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
		}
		return request;
	}

}

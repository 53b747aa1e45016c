package org.aicompare.system;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

import org.aicompare.system.RenderedPageCache.RenderedPage;

/**
 * The site's static files compressed once, at the highest levels, like the pages kept for
 * a revision, and sent as stored bytes in the form the client prefers (see
 * {@link ContentCoding}) with {@code Vary: Accept-Encoding}; the server's own compression
 * leaves a response that names its encoding alone. It is the outermost transformer of a
 * handler's chain: it compresses what the others made, and only the first time a file is
 * asked for. An entity tag given to a file (its hash, on a hashed address) names the form
 * too, so that a cache never takes one form for another. The files are the few the
 * handlers map, so the forms are kept for as long as the application runs.
 */
final class CompressedStaticFiles implements ResourceTransformer {

	private final Map<String, RenderedPage> files = new ConcurrentHashMap<>();

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		String name = resource.getURL().toString();
		RenderedPage file = this.files.get(name);
		if (file == null) {
			file = RenderedPage.of(null, null, chain.transform(request, resource).getContentAsByteArray());
			this.files.putIfAbsent(name, file);
		}
		ContentCoding coding = ContentCoding.choose(request.getHeader(HttpHeaders.ACCEPT_ENCODING), Brotli.available());
		return new InForm(resource, file.in(coding), coding);
	}

	/**
	 * A static file's bytes in one form, named as the file for its media type and dated
	 * as the file.
	 */
	private static final class InForm extends ByteArrayResource implements HttpResource {

		private final Resource file;

		private final ContentCoding coding;

		InForm(Resource file, byte[] bytes, ContentCoding coding) {
			super(bytes, file.getDescription());
			this.file = file;
			this.coding = coding;
		}

		@Override
		public String getFilename() {
			return this.file.getFilename();
		}

		@Override
		public long lastModified() throws IOException {
			return this.file.lastModified();
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			HttpHeaders headers = new HttpHeaders();
			if (this.file instanceof HttpResource http) {
				headers.putAll(http.getResponseHeaders());
			}
			String etag = headers.getETag();
			if (etag != null && etag.endsWith("\"")) {
				headers.setETag(etag.substring(0, etag.length() - 1) + this.coding.tagSuffix() + "\"");
			}
			if (this.coding.token() != null) {
				headers.set(HttpHeaders.CONTENT_ENCODING, this.coding.token());
			}
			headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			return headers;
		}

	}

}

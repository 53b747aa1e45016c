package org.aicompare.priority;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.aicompare.revision.SiteRevision;

/**
 * The advisor page for a mix of priorities, at the cost of what varies with the mix: the
 * layout, the presets and the explanations are rendered once per site revision into a
 * shell, split where the result and the form go; each mix renders only those two
 * fragments of the same template ({@code result-part} and {@code form-part}) and splices
 * them in. The page is the one the whole template would render. The shells are kept in
 * the Spring cache {@value #CACHE}, emptied with the others when the revision changes.
 */
@Component
class AdvisorMixView implements View {

	/** The name of the cache of shells. */
	static final String CACHE = "advisor-shell";

	/** Where the shell leaves room for the result. */
	static final String RESULT_MARK = "<!--advisor:result-->";

	/** Where the shell leaves room for the form. */
	static final String FORM_MARK = "<!--advisor:form-->";

	private static final String SHELL = "shell";

	private final ThymeleafViewResolver views;

	private final CacheManager caches;

	private final SiteRevision revision;

	AdvisorMixView(ThymeleafViewResolver views, CacheManager caches, SiteRevision revision) {
		this.views = views;
		this.caches = caches;
		this.revision = revision;
	}

	@Override
	public String getContentType() {
		return MediaType.TEXT_HTML_VALUE;
	}

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Locale locale = RequestContextUtils.getLocale(request);
		String result = render(AdvisorController.VIEW + " :: result-part", model, locale, request, response);
		String form = render(AdvisorController.VIEW + " :: form-part", model, locale, request, response);
		Shell shell = shell(model, locale, request, response);
		PrintWriter out = response.getWriter();
		out.write(shell.head());
		out.write(result);
		out.write(shell.middle());
		out.write(form);
		out.write(shell.tail());
		out.flush();
	}

	private Shell shell(Map<String, ?> model, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		Map<String, Object> shellModel = new HashMap<>(model);
		shellModel.put(SHELL, true);
		Cache cache = this.caches.getCache(CACHE);
		SimpleKey key = new SimpleKey(this.revision.current().number(), locale);
		Shell kept = (cache != null) ? cache.get(key, Shell.class) : null;
		if (kept != null) {
			return kept;
		}
		Shell made = Shell.split(render(AdvisorController.VIEW, shellModel, locale, request, response));
		// Thymeleaf keeps a web page's variables as request attributes: nothing after the
		// shell may take this request for one.
		request.removeAttribute(SHELL);
		if (cache != null) {
			cache.put(key, made);
		}
		return made;
	}

	private String render(String name, Map<String, ?> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		View view = this.views.resolveViewName(name, locale);
		if (view == null) {
			throw new IllegalStateException("No template for " + name);
		}
		StringWriter text = new StringWriter(16 * 1024);
		view.render(model, request, new TextResponse(response, new PrintWriter(text)));
		return text.toString();
	}

	/**
	 * The advisor page without its result and form.
	 *
	 * @param head up to the result
	 * @param middle between the result and the form
	 * @param tail after the form
	 */
	record Shell(String head, String middle, String tail) {

		/**
		 * Split a page rendered as a shell at its marks.
		 * @param page the page
		 * @return its three parts
		 * @throws IllegalStateException if a mark is missing or out of order
		 */
		static Shell split(String page) {
			int result = page.indexOf(RESULT_MARK);
			int form = page.indexOf(FORM_MARK);
			if (result < 0 || form < result) {
				throw new IllegalStateException("The advisor template lost the marks of its result and form");
			}
			return new Shell(page.substring(0, result), page.substring(result + RESULT_MARK.length(), form),
					page.substring(form + FORM_MARK.length()));
		}

	}

	/**
	 * A response whose body goes to a writer in memory; its headers (the content type and
	 * language the template sets) go to the real response.
	 */
	private static final class TextResponse extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		TextResponse(HttpServletResponse response, PrintWriter writer) {
			super(response);
			this.writer = writer;
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

	}

}

package org.aicompare.priority;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.aicompare.revision.SiteRevision;

/**
 * The advisor page for a mix of priorities, at the cost of what varies with the mix: the
 * layout, the presets and the explanations are rendered once per site revision into a
 * shell, split where the result and the form go, with the form ({@code form-part})
 * rendered with nothing ticked; each mix renders only the result ({@code result-part}),
 * ticks its inputs in the form ({@link TickableForm}) and splices both in: a new mix
 * costs the arithmetic and the result. The page is the one the whole template would
 * render. The shells are kept in the Spring cache {@value #CACHE}, emptied with the
 * others when the revision changes.
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

	private static final String PAGE = "page";

	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");

	private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");

	private static final Pattern VALUE = Pattern.compile("\\svalue=\"([^\"]*)\"");

	private static final String TICK = " checked=\"checked\"";

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
		Shell shell = shell(model, locale, request, response);
		String result = render(AdvisorController.VIEW + " :: result-part", model, locale, request, response);
		AdvisorPage page = (AdvisorPage) model.get(PAGE);
		PrintWriter out = response.getWriter();
		out.write(shell.head());
		out.write(result);
		out.write(shell.middle());
		out.write(shell.form().tick(page.tickedInputs()));
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
		String page = render(AdvisorController.VIEW, shellModel, locale, request, response);
		// Thymeleaf keeps a web page's variables as request attributes: nothing after the
		// shell may take this request for one.
		request.removeAttribute(SHELL);
		Map<String, Object> formModel = new HashMap<>(model);
		formModel.put(PAGE, ((AdvisorPage) model.get(PAGE)).withFormUnticked());
		String form = render(AdvisorController.VIEW + " :: form-part", formModel, locale, request, response);
		Shell made = Shell.split(page, TickableForm.of(form));
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
	 * The advisor page without its result, and its form with nothing ticked.
	 *
	 * @param head up to the result
	 * @param middle between the result and the form
	 * @param form the form, to be ticked for a mix
	 * @param tail after the form
	 */
	record Shell(String head, String middle, TickableForm form, String tail) {

		/**
		 * Split a page rendered as a shell at its marks.
		 * @param page the page
		 * @param form the form rendered with nothing ticked
		 * @return its parts
		 * @throws IllegalStateException if a mark is missing or out of order
		 */
		static Shell split(String page, TickableForm form) {
			int result = page.indexOf(RESULT_MARK);
			int formAt = page.indexOf(FORM_MARK);
			if (result < 0 || formAt < result) {
				throw new IllegalStateException("The advisor template lost the marks of its result and form");
			}
			return new Shell(page.substring(0, result), page.substring(result + RESULT_MARK.length(), formAt), form,
					page.substring(formAt + FORM_MARK.length()));
		}

	}

	/**
	 * A form rendered with nothing ticked, cut after each of its inputs' attributes, so
	 * that ticking the inputs of a mix is a join instead of a template run. It renders
	 * what the template renders with those inputs ticked, since the template writes
	 * {@code th:checked} as each input's last attribute.
	 *
	 * @param parts the form's text, one more part than inputs: each input's tag ends
	 * where the next part starts
	 * @param inputs each input as the {@code name=value} pair it submits
	 */
	record TickableForm(List<String> parts, List<String> inputs) {

		/**
		 * Cut a form rendered with nothing ticked at its inputs.
		 * @param form the form
		 * @return the form, ready to be ticked
		 */
		static TickableForm of(String form) {
			List<String> parts = new ArrayList<>();
			List<String> inputs = new ArrayList<>();
			Matcher input = INPUT.matcher(form);
			int from = 0;
			while (input.find()) {
				String tag = input.group();
				Matcher name = NAME.matcher(tag);
				Matcher value = VALUE.matcher(tag);
				if (name.find() && value.find()) {
					int end = input.end() - 1;
					parts.add(form.substring(from, end));
					inputs.add(HtmlUtils.htmlUnescape(name.group(1)) + "=" + HtmlUtils.htmlUnescape(value.group(1)));
					from = end;
				}
			}
			parts.add(form.substring(from));
			return new TickableForm(List.copyOf(parts), List.copyOf(inputs));
		}

		/**
		 * The form with some inputs ticked.
		 * @param ticked the inputs to tick, as {@code name=value} pairs
		 * @return the form's text
		 */
		String tick(Set<String> ticked) {
			StringBuilder form = new StringBuilder(this.parts.stream().mapToInt(String::length).sum() + 512);
			for (int i = 0; i < this.inputs.size(); i++) {
				form.append(this.parts.get(i));
				if (ticked.contains(this.inputs.get(i))) {
					form.append(TICK);
				}
			}
			return form.append(this.parts.get(this.inputs.size())).toString();
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

package org.aicompare.system;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A crawl of the site as a reader (or a link checker) makes it: from the home page, and
 * from search results and an advice the crawl cannot reach through forms, it follows
 * every internal link ({@code a}, {@code link} and GET form targets) and checks that each
 * answers 200 and that each {@code #fragment} names an element on its page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SiteCrawlTests {

	private static final List<String> START = List.of("/", "/search?q=data+ownership", "/search?q=decentralized",
			"/search?q=privacy", "/search?q=bittensor", "/advisor?priority=speed&priority=transparency:3");

	@Autowired
	private MockMvc mvc;

	private final Map<String, Document> pages = new HashMap<>();

	@Test
	void everyInternalLinkAndFragmentResolves() throws Exception {
		Set<String> seen = new LinkedHashSet<>(START);
		Deque<String> queue = new ArrayDeque<>(START);
		List<String> broken = new ArrayList<>();
		Map<String, String> fragments = new HashMap<>();
		while (!queue.isEmpty()) {
			String path = queue.poll();
			MockHttpServletResponse answer = fetch(path);
			String location = answer.getRedirectedUrl();
			if (answer.getStatus() == 302 && location != null && location.startsWith("/")) {
				// A redirect on the site is followed, as a browser would; its target must
				// resolve.
				if (seen.add(location)) {
					queue.add(location);
				}
				continue;
			}
			if (answer.getStatus() != 200) {
				broken.add(path + " answers " + answer.getStatus());
				continue;
			}
			Document page = this.pages.get(path);
			if (page == null) {
				continue;
			}
			for (Element link : page.select("a[href], link[href], form[action]")) {
				if (link.tagName().equals("form") && !link.attr("method").equalsIgnoreCase("get")) {
					continue;
				}
				String target = internal(path, link.attr(link.tagName().equals("form") ? "action" : "href"));
				if (target == null) {
					continue;
				}
				int hash = target.indexOf('#');
				String address = (hash < 0) ? target : target.substring(0, hash);
				if (hash >= 0 && hash + 1 < target.length()) {
					fragments.putIfAbsent(target, path);
				}
				if (!address.startsWith("/admin") && seen.add(address)) {
					queue.add(address);
				}
			}
		}
		for (Map.Entry<String, String> fragment : fragments.entrySet()) {
			String target = fragment.getKey();
			String address = target.substring(0, target.indexOf('#'));
			String id = target.substring(target.indexOf('#') + 1);
			Document page = this.pages.get(address);
			if (page != null && page.getElementById(id) == null) {
				broken.add(target + " (linked from " + fragment.getValue() + "): no element with id " + id);
			}
		}
		assertThat(seen).as("pages crawled").hasSizeGreaterThan(40);
		assertThat(broken).isEmpty();
	}

	private MockHttpServletResponse fetch(String path) throws Exception {
		MockHttpServletResponse answer = this.mvc.perform(get(URI.create(path)).accept("text/html", "*/*"))
			.andReturn()
			.getResponse();
		String type = answer.getContentType();
		if (answer.getStatus() == 200 && type != null && type.startsWith("text/html")) {
			this.pages.put(path, Jsoup.parse(answer.getContentAsString(), "http://localhost" + path));
		}
		return answer;
	}

	/**
	 * The link as a path on this site with its query and fragment, or {@code null} if it
	 * leads elsewhere.
	 */
	private static String internal(String from, String href) {
		URI resolved = URI.create("http://localhost").resolve(URI.create(from)).resolve(URI.create(href.strip()));
		if (!"localhost".equals(resolved.getHost()) || resolved.getPort() != -1) {
			return null;
		}
		String path = resolved.getRawPath();
		if (resolved.getRawQuery() != null) {
			path += "?" + resolved.getRawQuery();
		}
		if (resolved.getRawFragment() != null) {
			path += "#" + resolved.getRawFragment();
		}
		return path;
	}

}

package org.aicompare.priority;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.source.CitationIndex;
import org.aicompare.web.PageLink;

/**
 * Tells the sources page which passages each business priority rests on: where the source
 * names it, in its own words or others merged into it, and the passages that tie it to
 * matrix dimensions. The advisor weighs the priorities, so the links go there, one anchor
 * per priority.
 */
@Component
class PriorityCitations implements CitationIndex {

	static final String ADVISOR_PATH = "/advisor";

	private final PriorityRepository priorities;

	private final MessageSource messages;

	PriorityCitations(PriorityRepository priorities, MessageSource messages) {
		this.priorities = priorities;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Citation> citations() {
		List<Citation> citations = new ArrayList<>();
		for (Priority priority : this.priorities.findAllWithWeights()) {
			// Out of its page, "Transparency" could be the matrix row: the title says it
			// is a
			// priority.
			PageLink page = new PageLink(this.messages.getMessage("citedBy.priority",
					new Object[] { priority.getName() }, LocaleContextHolder.getLocale()),
					ADVISOR_PATH + "#priority-" + priority.getSlug());
			Stream
				.concat(Stream.of(priority.getCites(), priority.getMergedCites()),
						priority.getWeights().stream().map(PriorityWeight::getCites))
				.flatMap(List::stream)
				.forEach((passage) -> citations.add(new Citation(passage, page)));
		}
		return citations;
	}

}

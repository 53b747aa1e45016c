package org.aicompare.priority;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.aicompare.source.CitationIndex;
import org.aicompare.web.PageLink;

/**
 * Tells the sources page which passages each business priority rests on: where the source
 * names it, in its own words or others merged into it, and the passages that tie it to
 * matrix dimensions. The advisor weighs the priorities, so the links go there, one anchor
 * per priority.
 *
 * @author aicompare
 */
@Component
class PriorityCitations implements CitationIndex {

	static final String ADVISOR_PATH = "/advisor";

	private final PriorityRepository priorities;

	PriorityCitations(PriorityRepository priorities) {
		this.priorities = priorities;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Citation> citations() {
		List<Citation> citations = new ArrayList<>();
		for (Priority priority : this.priorities.findAllWithWeights()) {
			PageLink page = new PageLink(priority.getName(), ADVISOR_PATH + "#priority-" + priority.getSlug());
			Stream
				.concat(Stream.of(priority.getCites(), priority.getMergedCites()),
						priority.getWeights().stream().map(PriorityWeight::getCites))
				.flatMap(List::stream)
				.forEach((passage) -> citations.add(new Citation(passage, page)));
		}
		return citations;
	}

}

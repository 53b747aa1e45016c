package org.aicompare.challenge;

import org.springframework.data.domain.Page;

/**
 * Where a page of a long list is, as the pager fragment shows it.
 *
 * @param number the page's number, from 0
 * @param totalPages how many pages there are
 */
record Pager(int number, int totalPages) {

	static Pager of(Page<?> page) {
		return new Pager(page.getNumber(), page.getTotalPages());
	}

	public boolean hasPrevious() {
		return this.number > 0;
	}

	public boolean hasNext() {
		return this.number + 1 < this.totalPages;
	}

}

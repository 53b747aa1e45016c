package org.aicompare.project;

import org.aicompare.source.Reference;
import org.aicompare.source.ReferenceKind;

/**
 * A reference as a page, the API and the CSV show it: a title, publisher, date and
 * address a reader can follow, and whether it is primary.
 *
 * @param code its code, anchored on {@code /sources#ref-{code}}
 * @param title its title
 * @param address its https address, or {@code null} for a first reference recorded
 * without one
 * @param publisher who published it, or {@code null}
 * @param published the date it gives, or {@code null}
 * @param kind primary or secondary, or {@code null}
 */
public record ReferenceLink(String code, String title, String address, String publisher, String published,
		ReferenceKind kind) {

	static ReferenceLink of(Reference reference) {
		return new ReferenceLink(reference.getCode(), reference.getTitle(), reference.getAddress(),
				reference.getPublisher(), reference.getPublished(), reference.getKind());
	}

	/**
	 * Whether it is the organisation's own document (or the index authors' data).
	 * @return {@code true} for a primary reference
	 */
	public boolean primary() {
		return this.kind == ReferenceKind.PRIMARY;
	}

}

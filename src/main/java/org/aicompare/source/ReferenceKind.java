package org.aicompare.source;

/**
 * Whether a reference is the organisation's own document or someone else's account of it.
 */
public enum ReferenceKind {

	/**
	 * The organisation's own docs, licence, repository, filing or the index authors'
	 * data.
	 */
	PRIMARY,

	/** Press, a mirror, an analyst or a tracker: shown with its label. */
	SECONDARY

}

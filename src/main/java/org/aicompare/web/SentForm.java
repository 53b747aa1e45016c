package org.aicompare.web;

/**
 * The hidden mark every GET form that picks things carries: a form sent with nothing
 * ticked sends no other parameter, so without the mark a controller could not tell it
 * from a link followed to the same address. The mark is rendered by the
 * {@code fragments/form :: sent} fragment.
 */
public final class SentForm {

	/** The name of the hidden field, present only when the reader sent the form. */
	public static final String PARAMETER = "sent";

	private SentForm() {
	}

	/**
	 * Whether the reader sent the form, rather than followed a link.
	 * @param mark the value of the hidden field, or {@code null} when absent
	 * @return whether the form was sent
	 */
	public static boolean sent(String mark) {
		return mark != null;
	}

}

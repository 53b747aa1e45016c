package org.aicompare.edition;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the edition each rating last changed in, by its {@link EditionKeys
 * key}, so the fragment {@code edition/fragments :: changed(key)} can say "changed in
 * edition N" beside a rating wherever it is shown. The map is made from the editions read
 * once per site revision, and pages are rendered once per revision too.
 */
@ControllerAdvice(annotations = Controller.class)
class ChangedInAdvice {

	/** The model attribute the fragment reads. */
	static final String ATTRIBUTE = "changedIn";

	// A controller tested on its own, without the content, has no editions to mark.
	private final ObjectProvider<Editions> editions;

	ChangedInAdvice(ObjectProvider<Editions> editions) {
		this.editions = editions;
	}

	@ModelAttribute(ATTRIBUTE)
	Map<String, Integer> changedIn() {
		Editions available = this.editions.getIfAvailable();
		return (available != null) ? available.lastChanged() : Map.of();
	}

}

package org.aicompare.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A list answered by the API: its items, its terms of use and its links.
 *
 * @param <T> the type of the items
 * @param items the items, in the site's order
 * @param meta the licence and how to cite
 * @param links the list's API address and its page
 */
@Schema(description = "A list of resources with the data's licence and how to cite it.")
public record ApiList<T>(@Schema(description = "The resources, in the site's order.") List<T> items,
		@Schema(description = "The data's licence and how to cite it.") ApiMeta meta,
		@Schema(description = "The list's API address and its page.") ApiLinks links) {

}

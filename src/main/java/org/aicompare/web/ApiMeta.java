package org.aicompare.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The terms that come with every API list: the data's licence and how to cite it.
 *
 * @param licence the terms the data may be reused under
 * @param citeAs how to cite the data
 */
@Schema(description = "The data's licence and how to cite it.")
public record ApiMeta(@Schema(description = "The terms the data may be reused under.") String licence,
		@Schema(description = "How to cite the data.") String citeAs) {

}

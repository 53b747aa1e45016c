package org.aicompare.priority;

import jakarta.persistence.Converter;

import org.aicompare.source.CommaSeparatedConverter;

/**
 * Stores a priority's evidence links as one column ({@code "SLA:3,DPA:1"}).
 */
@Converter
public class EvidenceLinksConverter extends CommaSeparatedConverter<EvidenceLink> {

	public EvidenceLinksConverter() {
		super(EvidenceLink::parse);
	}

}

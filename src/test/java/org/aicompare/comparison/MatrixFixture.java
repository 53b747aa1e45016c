package org.aicompare.comparison;

import java.util.List;

/**
 * A small matrix for web tests: the three models on three dimensions, with citations,
 * rationales and one sourced fact.
 */
final class MatrixFixture {

	private MatrixFixture() {
	}

	static Matrix matrix() {
		List<Matrix.Column> models = List.of(new Matrix.Column("centralized", "Centralized AI", "One company runs it."),
				new Matrix.Column("decentralized", "Decentralized AI", "A network runs it."),
				new Matrix.Column("hybrid", "Hybrid AI", "A company computes, a network governs."));
		Matrix.Row control = new Matrix.Row("control", "Control", 36, "Who decides how the AI is built?",
				"One organization decides", "A distributed network decides",
				List.of(new Matrix.Entry("centralized", "Single organization", 1, CellKind.QUOTED,
						"One company controls the roadmap.", List.of(36, 14, 54), List.of(), null),
						new Matrix.Entry("decentralized", "Distributed network", 5, CellKind.QUOTED,
								"Governance is spread across a network.", List.of(36, 22), List.of(), null),
						new Matrix.Entry("hybrid", "Split control", 3, CellKind.DERIVED,
								"Models central, data governed by a network.", List.of(207), List.of(), null)));
		Matrix.Row transparency = new Matrix.Row("transparency", "Transparency", 37, "Can users see how it works?",
				"A black box", "Open to inspection", List.of(
						new Matrix.Entry("centralized", "Low", 2, CellKind.QUOTED, "Many systems are black boxes.",
								List.of(37, 18),
								List.of(new Matrix.Evidence("The index does not score decentralized networks",
										List.of("S18", "S19b"), "2026-11")),
								null),
						new Matrix.Entry("decentralized", "High", 4, CellKind.QUOTED, "Rules can be inspected.",
								List.of(37, 106), List.of(), null),
						new Matrix.Entry("hybrid", "Open governance, closed models", 3, CellKind.DERIVED,
								"Open where decentralized.", List.of(205, 207), List.of(), null)));
		Matrix.Row scalability = new Matrix.Row("scalability", "Scalability", 39, "How well does it scale?",
				"Struggles at scale", "Scales strongly",
				List.of(new Matrix.Entry("centralized", "Strong", 5, CellKind.QUOTED, "Enormous resources.",
						List.of(39, 16), List.of(), null),
						new Matrix.Entry("decentralized", "Improving", 2, CellKind.QUOTED, "Latency and fragmentation.",
								List.of(39, 142), List.of(), null),
						new Matrix.Entry("hybrid", "Strong, from central compute", 4, CellKind.DERIVED,
								"Central models compute.", List.of(204), List.of(), null)));
		return new Matrix(models, List.of(control, transparency, scalability));
	}

}

package org.aicompare.project;

/**
 * A question a business asks of an organisation before it signs, answered on the
 * profile's "For a business" panel. Some questions are asked of every organisation, some
 * only of the companies, some only of the networks; a profile answers each of its
 * questions once.
 */
public enum BuyerQuestion {

	/** How a business uses a network today: API, SDK, endpoint. */
	HOW_TO_USE(Scope.NETWORK),

	/** Who runs the front door a business talks to. */
	GATEWAY(Scope.NETWORK),

	/** Who holds the keys and wallets. */
	KEY_CUSTODY(Scope.NETWORK),

	/** Whether business data is kept out of training by default. */
	TRAINING(Scope.ALL),

	/** Whether prompts can be kept from being stored. */
	RETENTION(Scope.COMPANY),

	/** Whether the data can stay in the EU. */
	EU_RESIDENCY(Scope.ALL),

	/** Whether a GDPR data processing agreement is offered. */
	DPA(Scope.ALL),

	/** Whether the weights are open, and on what terms. */
	OPEN_WEIGHTS(Scope.ALL),

	/** Whether an uptime SLA is published. */
	SLA(Scope.ALL),

	/** Which independent attestations are documented. */
	ATTESTATIONS(Scope.COMPANY),

	/** How the service is priced (never the prices). */
	PRICING(Scope.COMPANY),

	/** Whether it can be used through an OpenAI-compatible API. */
	OPENAI_COMPATIBLE(Scope.ALL);

	private final Scope scope;

	BuyerQuestion(Scope scope) {
		this.scope = scope;
	}

	/**
	 * Whether an organisation of this model is asked this question.
	 * @param modelSlug the slug of the organisation's deployment model
	 * @return {@code true} if its panel answers it
	 */
	public boolean asks(String modelSlug) {
		boolean network = "decentralized".equals(modelSlug);
		return this.scope == Scope.ALL || (this.scope == Scope.NETWORK) == network;
	}

	/**
	 * Whether a sourced answer to this question is a yes, a partly or a no, rather than a
	 * description (how it is used, who runs it, how it is priced).
	 * @return {@code true} for a yes-or-no question
	 */
	public boolean isYesOrNo() {
		return this != HOW_TO_USE && this != GATEWAY && this != KEY_CUSTODY && this != PRICING;
	}

	/**
	 * Who a question is asked of.
	 */
	enum Scope {

		/** Every organisation. */
		ALL,

		/** The companies. */
		COMPANY,

		/** The decentralized networks. */
		NETWORK

	}

}

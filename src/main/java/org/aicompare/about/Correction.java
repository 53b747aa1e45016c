package org.aicompare.about;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;

import org.aicompare.model.BaseEntity;
import org.aicompare.source.ReferenceCodesConverter;

/**
 * A correction made in public: a fact fixed or a rating changed because it was wrong,
 * with the date, what was wrong, what it is now, what it touches and the references it
 * rests on.
 */
@Entity
public class Correction extends BaseEntity {

	@Column(nullable = false, length = 60, unique = true)
	private String code;

	@Column(name = "corrected_on", nullable = false)
	private LocalDate correctedOn;

	@Column(nullable = false, length = 200)
	private String subject;

	@Column(nullable = false, length = 200)
	private String page;

	@Column(nullable = false, length = 600)
	private String was;

	@Column(name = "now_reads", nullable = false, length = 800)
	private String nowReads;

	@Convert(converter = ReferenceCodesConverter.class)
	@Column(nullable = false, length = 300)
	private List<String> sources;

	@Column(nullable = false)
	private int position;

	protected Correction() {
	}

	/**
	 * A correction.
	 * @param code its anchor on {@code /about}, such as {@code amazon-anthropic}
	 * @param correctedOn when it was made
	 * @param subject the fact or rating it touches, in words
	 * @param page the path of the page that shows what it touches
	 * @param was what was wrong
	 * @param nowReads what it is now
	 * @param sources the codes of the references it rests on
	 * @param position its place in the corrections file
	 */
	public Correction(String code, LocalDate correctedOn, String subject, String page, String was, String nowReads,
			List<String> sources, int position) {
		this.code = code;
		this.correctedOn = correctedOn;
		this.subject = subject;
		this.page = page;
		this.was = was;
		this.nowReads = nowReads;
		this.sources = List.copyOf(sources);
		this.position = position;
	}

	public String getCode() {
		return this.code;
	}

	public LocalDate getCorrectedOn() {
		return this.correctedOn;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getPage() {
		return this.page;
	}

	public String getWas() {
		return this.was;
	}

	public String getNowReads() {
		return this.nowReads;
	}

	public List<String> getSources() {
		return this.sources;
	}

	public int getPosition() {
		return this.position;
	}

	/**
	 * This correction as plain values.
	 * @return the correction's values
	 */
	public CorrectionSummary toSummary() {
		return new CorrectionSummary(this.code, this.correctedOn, this.subject, this.page, this.was, this.nowReads,
				this.sources);
	}

}

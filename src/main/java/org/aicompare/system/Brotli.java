package org.aicompare.system;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;

/**
 * Brotli compression through brotli4j, whose native encoder ships in a jar for each
 * platform (the build takes those of Linux x86-64 and ARM64). Where none fits the
 * machine, {@link #available()} says so and pages go out in gzip only.
 */
final class Brotli {

	/** The highest quality: for pages kept for a whole revision. */
	static final int BEST = 11;

	/**
	 * A quality that costs less than gzip and still beats it: for pages asked for once.
	 */
	static final int QUICK = 5;

	private static final boolean AVAILABLE = load();

	private Brotli() {
	}

	/**
	 * Whether Brotli can be made on this machine.
	 * @return {@code true} if the native encoder loaded
	 */
	static boolean available() {
		return AVAILABLE;
	}

	/**
	 * Compress text.
	 * @param body the bytes
	 * @param quality 0 to 11
	 * @return the compressed bytes, or {@code null} where Brotli is not available
	 */
	static byte[] compress(byte[] body, int quality) {
		if (!AVAILABLE) {
			return null;
		}
		try {
			return Encoder.compress(body, new Encoder.Parameters().setQuality(quality).setMode(Encoder.Mode.TEXT));
		}
		catch (IOException ex) {
			// Only a failing native encoder throws; there is no stream to fail.
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean load() {
		try {
			return Brotli4jLoader.isAvailable();
		}
		catch (LinkageError ex) {
			return false;
		}
	}

}

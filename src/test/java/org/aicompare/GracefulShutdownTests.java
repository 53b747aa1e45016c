package org.aicompare;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the site (as on SIGTERM) lets a request already in flight finish with its
 * answer, while the port stops taking new connections.
 */
class GracefulShutdownTests {

	@Test
	void finishesARequestInFlightBeforeStopping() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(AicompareApplication.class,
				SlowPage.class)
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:graceful;DB_CLOSE_DELAY=-1",
					"--aicompare.content.import-on-startup=false");
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + SlowPage.PATH)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(SlowPage.entered.await(60, TimeUnit.SECONDS)).as("the slow request reached the controller").isTrue();

		CompletableFuture<Void> stopping = CompletableFuture.runAsync(context::close);
		assertThat(refusesNewConnections(port)).as("new connections refused while stopping").isTrue();
		assertThat(inFlight).as("the request in flight is still waiting").isNotDone();

		SlowPage.release.countDown();
		HttpResponse<String> answer = inFlight.get(60, TimeUnit.SECONDS);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo(SlowPage.ANSWER);
		stopping.get(60, TimeUnit.SECONDS);
		assertThat(context.isActive()).isFalse();
	}

	/** Waits, a bounded while, until a new connection to the port is refused. */
	private static boolean refusesNewConnections(int port) throws InterruptedException {
		for (int attempt = 0; attempt < 300; attempt++) {
			try (Socket socket = new Socket("localhost", port)) {
				Thread.sleep(100);
			}
			catch (IOException refused) {
				return true;
			}
		}
		return false;
	}

	/** A page that answers only when the test lets it. */
	@RestController
	static class SlowPage {

		static final String PATH = "/test/slow";

		static final String ANSWER = "finished";

		static final CountDownLatch entered = new CountDownLatch(1);

		static final CountDownLatch release = new CountDownLatch(1);

		@GetMapping(PATH)
		String slow() throws InterruptedException {
			entered.countDown();
			release.await(120, TimeUnit.SECONDS);
			return ANSWER;
		}

	}

}

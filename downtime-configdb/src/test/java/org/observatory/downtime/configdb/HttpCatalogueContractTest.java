package org.observatory.downtime.configdb;

import java.time.Clock;
import java.time.Duration;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The catalogue contract on ConfigDB over HTTP (a local MockWebServer answering {@code /sites/}). */
class HttpCatalogueContractTest extends InstrumentCatalogueContract {

  private final MockWebServer configdb = new MockWebServer();
  private HttpInstrumentCatalogue http;

  @BeforeEach
  void start() throws Exception {
    String sites = sitesJson();
    configdb.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getTarget().startsWith("/sites/")
            ? new MockResponse.Builder().body(sites).build()
            : new MockResponse.Builder().code(404).build();
      }
    });
    configdb.start();
    OkHttpClient client = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(2))
        .readTimeout(Duration.ofSeconds(2)).build();
    http = new HttpInstrumentCatalogue(client, configdb.url("/").toString(), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    configdb.close();
  }

  @Override
  protected CatalogueSource source() {
    return http;
  }
}

package org.observatory.downtime.configdb;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.observatory.downtime.core.model.Catalogue.Site;

/** Fetches every site from ConfigDB's {@code /sites/} endpoint, following {@code next} links of a paginated answer. */
final class ConfigDbClient {

  // ConfigDB answers in one page today; the bound only stops a misbehaving server from looping us forever.
  private static final int MAX_PAGES = 100;

  private final OkHttpClient client;
  private final HttpUrl sitesUrl;
  private final Optional<String> authorization;
  private final ConfigDbJson json = new ConfigDbJson();

  ConfigDbClient(OkHttpClient client, HttpUrl baseUrl) {
    this.client = Objects.requireNonNull(client, "client");
    this.sitesUrl = sitesUrl(baseUrl);
    this.authorization = baseUrl.username().isEmpty()
        ? Optional.empty()
        : Optional.of(Credentials.basic(baseUrl.username(), baseUrl.password()));
  }

  /** {@code {base}/sites/}, whether or not the base ends with a slash; credentials removed (they go in a header). */
  static HttpUrl sitesUrl(HttpUrl baseUrl) {
    List<String> segments = new ArrayList<>(baseUrl.pathSegments());
    segments.removeIf(String::isEmpty);
    HttpUrl.Builder builder = baseUrl.newBuilder().username("").password("").encodedPath("/");
    segments.forEach(builder::addPathSegment);
    return builder.addPathSegment("sites").addPathSegment("").build();
  }

  /** The URL as people may see it: without user name and password. */
  static String redacted(HttpUrl url) {
    return url.newBuilder().username("").password("").build().toString();
  }

  HttpUrl sitesUrl() {
    return sitesUrl;
  }

  List<Site> fetchSites() throws CatalogueLoadException {
    List<Site> sites = new ArrayList<>();
    HttpUrl url = sitesUrl;
    for (int page = 0; page < MAX_PAGES; page++) {
      SitesPage answer = fetch(url);
      sites.addAll(answer.sites());
      if (answer.next().isEmpty()) {
        return sites;
      }
      url = url.resolve(answer.next().get());
      if (url == null) {
        throw new CatalogueLoadException("ConfigDB gave an unusable next-page link: " + answer.next().get());
      }
    }
    throw new CatalogueLoadException("ConfigDB answered more than " + MAX_PAGES + " pages of sites; giving up");
  }

  private SitesPage fetch(HttpUrl url) throws CatalogueLoadException {
    Request.Builder request = new Request.Builder().url(url).header("Accept", "application/json");
    if (authorization.isPresent() && url.host().equals(sitesUrl.host())) {
      request.header("Authorization", authorization.get());
    }
    String shown = redacted(url);
    try (Response response = client.newCall(request.build()).execute()) {
      if (!response.isSuccessful()) {
        throw new CatalogueLoadException("ConfigDB answered HTTP " + response.code() + " for " + shown);
      }
      return json.read(response.body().byteStream(), "the answer of " + shown);
    } catch (InterruptedIOException e) {
      throw new CatalogueLoadException("ConfigDB did not answer in time at " + shown + " (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new CatalogueLoadException("ConfigDB unreachable at " + shown + " (" + e.getClass().getSimpleName()
          + ": " + e.getMessage() + ")");
    }
  }
}

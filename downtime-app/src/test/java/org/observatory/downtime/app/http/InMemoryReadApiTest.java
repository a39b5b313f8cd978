package org.observatory.downtime.app.http;

/** The read contract against the in-memory reference store. */
class InMemoryReadApiTest extends ReadApiContract {

  @Override
  Backend newBackend() {
    return new InMemoryBackend();
  }
}

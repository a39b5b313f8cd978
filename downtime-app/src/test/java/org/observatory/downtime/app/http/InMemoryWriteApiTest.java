package org.observatory.downtime.app.http;

/** The write contract against the in-memory reference store. */
class InMemoryWriteApiTest extends WriteApiContract {

  @Override
  Backend newBackend() {
    return new InMemoryBackend();
  }
}

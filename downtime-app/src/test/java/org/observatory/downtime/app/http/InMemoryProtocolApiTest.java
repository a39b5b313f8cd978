package org.observatory.downtime.app.http;

/** The protocol contract against the in-memory reference store. */
class InMemoryProtocolApiTest extends ProtocolApiContract {

  @Override
  Backend newBackend() {
    return new InMemoryBackend();
  }
}

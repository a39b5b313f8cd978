package org.observatory.downtime.app.http;

/** The authentication contract against the in-memory reference store. */
class InMemoryAuthApiTest extends AuthApiContract {

  @Override
  Backend newBackend() {
    return new InMemoryBackend();
  }
}

package org.observatory.downtime.app.http;

/** The permission matrix against the in-memory reference store. */
class InMemoryPermissionMatrixTest extends PermissionMatrixContract {

  @Override
  Backend newBackend() {
    return new InMemoryBackend();
  }
}

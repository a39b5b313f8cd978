package org.observatory.downtime.http.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.observatory.downtime.core.model.ChangeEvent;
import org.observatory.downtime.core.port.out.ChangeEventFormat;

/** Change events as webhooks post them: byte for byte one result of {@code GET /api/changes/}. */
public final class ChangeEventJson implements ChangeEventFormat {

  private final ApiRepresentation representation = new ApiRepresentation(new ObjectMapper());

  @Override
  public byte[] json(ChangeEvent event) {
    return representation.value(representation.event(event));
  }
}

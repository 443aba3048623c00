package com.isocourse.server.archfixtures.layers.worklist;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Planted: a use case that answers with a web exception instead of a domain result. */
public final class PlantedWorklist {
  private PlantedWorklist() {}

  public static int size() {
    throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no worklist");
  }
}

package com.isocourse.server.cdshooks;

import java.util.List;

/** A CDS Hooks 2.0 service response: the cards, possibly none. */
record CdsResponse(List<CdsCard> cards) {
  public CdsResponse {
    cards = List.copyOf(cards);
  }

  static CdsResponse none() {
    return new CdsResponse(List.of());
  }
}

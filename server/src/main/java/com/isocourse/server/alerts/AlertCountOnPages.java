package com.isocourse.server.alerts;

import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.WebPage;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The count on the navigation's Alerts link, on every page (the controllers of {@code ui} and every
 * {@link WebPage}, as {@code ui.UiAdvice} covers them). It lives here, not in {@code ui}, so the
 * shared page helpers depend on no capability and a capability's pages can use them without a
 * cycle.
 */
@ControllerAdvice(basePackages = "com.isocourse.server.ui", annotations = WebPage.class)
class AlertCountOnPages {
  private final Alerts alerts;

  AlertCountOnPages(Alerts alerts) {
    this.alerts = alerts;
  }

  /**
   * For prescribers and designees; none when the count cannot be read (the page itself still
   * answers, or fails on its own).
   */
  @ModelAttribute("openAlerts")
  Long openAlerts(@AuthenticationPrincipal CurrentUser user) {
    if (user == null || user.prescriberScope().isEmpty()) {
      return null;
    }
    try {
      return alerts.openCount(user);
    } catch (DataAccessException e) {
      return null;
    }
  }
}

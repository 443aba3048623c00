package com.isocourse.server.ui;

import com.isocourse.server.platform.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the landing page of each role. */
@Controller
class HomeController {

  @GetMapping("/login")
  String login(@AuthenticationPrincipal CurrentUser user) {
    return user == null ? "login" : "redirect:/";
  }

  /** Sends each role to its own workspace. */
  @GetMapping("/")
  String home(@AuthenticationPrincipal CurrentUser user) {
    return switch (user.role()) {
      case PRESCRIBER, DESIGNEE -> "redirect:/prescriber";
      case PHARMACIST -> "redirect:/pharmacy";
      case PATIENT -> "redirect:/me";
      case ADMIN -> "redirect:/admin";
    };
  }
}

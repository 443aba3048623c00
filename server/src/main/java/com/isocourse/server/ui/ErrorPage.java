package com.isocourse.server.ui;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page in words: what happened and what to do, never an exception or a stack trace. Also
 * the page a signed-in user sees for a page their role may not open.
 */
@Controller
class ErrorPage {
  private static final Map<Integer, String[]> WORDS =
      Map.of(
          400,
          new String[] {"That request could not be read", "Check the form and try again."},
          403,
          new String[] {
            "This page is not part of your workspace",
            "Your role does not give access to it. Use the menu to go back to your own pages."
          },
          404,
          new String[] {
            "Page not found",
            "There is nothing here, or it is not one of the records you can see. Check the link"
                + " or go back to your home page."
          },
          409,
          new String[] {"That could not be done", "The record changed in the meantime."},
          503,
          new String[] {
            "The service is briefly unavailable",
            "Nothing was saved or authorized. Please try again in a minute."
          });

  static String show(HttpServletResponse response, Model model, int status) {
    response.setStatus(status);
    String[] words =
        WORDS.getOrDefault(
            status,
            new String[] {
              "Something went wrong", "Nothing was changed. Please try again in a minute."
            });
    model.addAttribute("status", status);
    model.addAttribute("heading", words[0]);
    if (!model.containsAttribute("detail")) {
      model.addAttribute("detail", words[1]);
    }
    return "error";
  }

  @RequestMapping("/error/forbidden")
  String forbidden(HttpServletResponse response, Model model) {
    return show(response, model, 403);
  }
}

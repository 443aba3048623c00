package com.isocourse.server.notifications;

import com.isocourse.server.platform.refusal.InvalidInputException;
import com.isocourse.server.platform.security.CurrentUser;
import com.isocourse.server.ui.FormTokens;
import com.isocourse.server.ui.WebPage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notification address on a staff user's admin page (alert e-mails and the daily digest), set
 * by the same service as the API; a bad address is named on the page and nothing is changed.
 */
@WebPage
class StaffAddressPage {
  private final StaffAddresses addresses;
  private final FormTokens forms;

  public StaffAddressPage(StaffAddresses addresses, FormTokens forms) {
    this.addresses = addresses;
    this.forms = forms;
  }

  @PostMapping("/admin/users/{id}/email")
  String set(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String email,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      return forms.submit(
          admin,
          request,
          () -> {
            boolean set = addresses.set(admin, id, email).isPresent();
            redirect.addFlashAttribute(
                "notice", set ? "Notification address saved." : "Notification address removed.");
            return "/admin/users/" + id;
          });
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "emailError", "must be an e-mail address such as name@example.org");
      redirect.addFlashAttribute("emailGiven", email);
      return "redirect:/admin/users/" + id;
    }
  }
}

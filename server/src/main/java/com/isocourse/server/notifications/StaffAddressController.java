package com.isocourse.server.notifications;

import com.isocourse.server.platform.security.CurrentUser;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code PUT /api/admin/users/{id}/email}: a staff user's notification address (admins only). */
@RestController
@RequestMapping("/api/admin")
class StaffAddressController {
  private final StaffAddresses addresses;

  StaffAddressController(StaffAddresses addresses) {
    this.addresses = addresses;
  }

  /** The address to set, or blank / null to remove it. */
  record NewAddress(String email) {}

  @PutMapping("/users/{id}/email")
  Map<String, Object> set(
      @AuthenticationPrincipal CurrentUser admin,
      @PathVariable long id,
      @RequestBody NewAddress body) {
    Map<String, Object> answer = new HashMap<>();
    answer.put("id", id);
    addresses.set(admin, id, body.email()).ifPresent(e -> answer.put("email", e));
    return answer;
  }
}

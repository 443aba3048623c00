package com.isocourse.server.ui.patient;

import com.isocourse.server.platform.refusal.NotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Education pages written for patients (background.md; rules.md §5–§6). */
@Controller
public class LearnPage {
  static final Map<String, String> TOPICS = new LinkedHashMap<>();

  static {
    TOPICS.put("how-it-works", "How isotretinoin works");
    TOPICS.put("month-by-month", "What to expect, month by month");
    TOPICS.put("side-effects", "Common side effects and self-care");
    TOPICS.put("avoid", "What to avoid, and until when");
  }

  @GetMapping("/me/learn")
  String index(Model model) {
    model.addAttribute("topics", TOPICS);
    return "patient/learn";
  }

  @GetMapping("/me/learn/{topic}")
  String topic(@PathVariable String topic, Model model) {
    if (!TOPICS.containsKey(topic)) {
      throw new NotFoundException("topic");
    }
    model.addAttribute("topics", TOPICS);
    model.addAttribute("topic", topic);
    model.addAttribute("title", TOPICS.get(topic));
    return "patient/learn-" + topic;
  }
}

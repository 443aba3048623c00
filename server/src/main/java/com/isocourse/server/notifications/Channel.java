package com.isocourse.server.notifications;

/** How a message travels: e-mail over SMTP, or a text message through the {@link SmsSender}. */
enum Channel {
  EMAIL,
  SMS
}

/**
 * The web interface: server-rendered pages (Thymeleaf, htmx for small live parts) for each role.
 * Pages are thin adapters over the same use cases as the REST API, with the same relationship
 * checks: a page for another prescriber's patient answers 404 exactly as the API does. Sign-in is a
 * session with form login and CSRF tokens, in a filter chain of its own so the API keeps its bearer
 * tokens and JSON problems. Every form that writes carries a one-time token and answers a
 * successful post with a redirect to its result ({@link com.isocourse.server.ui.FormTokens}), so a
 * refresh or a double submit records nothing twice.
 */
package com.isocourse.server.ui;

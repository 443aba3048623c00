/**
 * The web interface's shared part: server-rendered pages (Thymeleaf, htmx for small live parts) for
 * each role live in the capability they serve, each marked {@link com.isocourse.server.ui.WebPage};
 * here are what they all use and what belongs to no capability: sign-in and its filter chain, the
 * home and error pages, the one-time form tokens, form helpers and plain words ({@code ui.words}),
 * and the advice every page gets. Nothing here depends on a capability, so any capability's pages
 * can use it without a cycle. Pages are thin adapters over the same use cases as the REST API, with
 * the same relationship checks: a page for another prescriber's patient answers 404 exactly as the
 * API does. Sign-in is a session with form login and CSRF tokens, in a filter chain of its own so
 * the API keeps its bearer tokens and JSON problems. Every form that writes carries a one-time
 * token and answers a successful post with a redirect to its result ({@link
 * com.isocourse.server.ui.FormTokens}), so a refresh or a double submit records nothing twice.
 */
package com.isocourse.server.ui;

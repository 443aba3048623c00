package com.isocourse.server.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A web page: a {@link Controller} that answers HTML, kept in the capability it serves (ADR 0021,
 * addendum) rather than in {@code ui}. The mark is what joins the pages wherever they live: {@link
 * UiAdvice} gives each of them the navigation's model and the friendly error pages (as it does to
 * every controller of {@code ui}), and the architecture tests read a marked class as an adapter, so
 * a page may speak HTTP inside a capability whose services may not.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WebPage {}

package com.isocourse.server.web;

/** One rejected input field: its JSON path and why, in a sentence. */
public record FieldProblem(String field, String reason) {}

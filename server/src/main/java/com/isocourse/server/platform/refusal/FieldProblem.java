package com.isocourse.server.platform.refusal;

/** One rejected input field: its JSON path and why, in a sentence. */
public record FieldProblem(String field, String reason) {}

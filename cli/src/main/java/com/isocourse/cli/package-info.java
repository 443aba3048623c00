/**
 * The {@code isocourse} command line (picocli): {@code evaluate}, {@code plan}, {@code rules}; the
 * server-backed commands ({@code demo}, {@code serve}, {@code audit verify}) and {@code bench} join
 * {@link com.isocourse.cli.IsocourseCommand} as their modules arrive.
 *
 * <p>A thin adapter (house style §8): it reads files, calls the contract reader and the engine, and
 * prints. Exit codes: 0 success, 2 invalid input (every problem on stderr as {@code FILE: path:
 * reason}), 1 an internal failure; never a stack trace. Standard output carries only JSON or the
 * requested table, so it can be piped.
 */
package com.isocourse.cli;

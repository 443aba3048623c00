/**
 * Planted violations of the server's architecture rules (test sources only): {@code
 * ServerArchitectureTest} runs each rule against them to show the rule can fail.
 */
package com.isocourse.server.archfixtures;

/**
 * Planted violations of the architecture rules, one per rule, so {@code ArchitectureTest} can show
 * each rule failing. Test sources only: the production import never sees them.
 */
package com.isocourse.core.archfixtures;

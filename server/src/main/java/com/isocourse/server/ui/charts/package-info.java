/**
 * Course charts drawn on the server as inline SVG with a title and description for screen readers:
 * cumulative dose with the 120–150 mg/kg band and the planner's projection, triglyceride and ALT
 * trends with the policy's warning and stop lines, and the pregnancy-test strip with the 7-day
 * windows. No chart library and no script: the numbers come from the engine's own readings of the
 * history.
 */
package com.isocourse.server.ui.charts;

package com.isocourse.core.course;

/** Where the pharmacy dispenses: chooses the family of rule sets (rules.md §2). */
public enum Jurisdiction {
  /** United States: iPLEDGE REMS. */
  US,
  /** European Union and United Kingdom: Pregnancy Prevention Programme. */
  EU
}

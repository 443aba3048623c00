package com.isocourse.core.course;

/** Where the pharmacy dispenses: chooses the family of rule sets (rules.md §2). */
public enum Jurisdiction {
  /** United States: iPLEDGE REMS. */
  US,
  /** European Union: Pregnancy Prevention Programme. */
  EU,
  /** United Kingdom: the MHRA programme follows the 2018 EU PPP (rules.md §2). */
  UK
}

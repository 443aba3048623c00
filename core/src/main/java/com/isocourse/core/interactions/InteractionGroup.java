package com.isocourse.core.interactions;

/**
 * The groups of other medications that interact with isotretinoin (rules.md §3.2, §3.3;
 * background.md, name-matching tables). Only systemic medications belong to a group.
 */
public enum InteractionGroup {
  /** Tetracycline-class antibiotics: hard stop SAFE-TETRA ({@code INTERACTION_TETRACYCLINE}). */
  TETRACYCLINE("SAFE-TETRA"),
  /** Other systemic retinoids: hard stop SAFE-RETINOID ({@code INTERACTION_RETINOID}). */
  SYSTEMIC_RETINOID("SAFE-RETINOID"),
  /** Vitamin A / retinol supplements: warning WARN-VITA ({@code INTERACTION_VITAMIN_A}). */
  VITAMIN_A("WARN-VITA"),
  /** St John's wort: warning WARN-SJW ({@code INTERACTION_ST_JOHNS_WORT}). */
  ST_JOHNS_WORT("WARN-SJW"),
  /** Phenytoin and systemic corticosteroids: warning WARN-BONE ({@code INTERACTION_BONE}). */
  BONE_RISK("WARN-BONE");

  private final String ruleId;

  InteractionGroup(String ruleId) {
    this.ruleId = ruleId;
  }

  /** The rule of rules.md that this group triggers. */
  public String ruleId() {
    return ruleId;
  }
}

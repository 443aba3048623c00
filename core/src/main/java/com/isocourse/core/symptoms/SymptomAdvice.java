package com.isocourse.core.symptoms;

/**
 * Patient-facing advice per symptom code: self-care from background.md ("Common effects and
 * self-care"), actions from rules.md §6. Plain and calm; the most important step comes first.
 */
final class SymptomAdvice {
  private SymptomAdvice() {}

  private static final String NOTED = " We will note it for your next visit.";
  private static final String CALL_SOON =
      "Please contact your prescriber soon, within the next day or two, so they can check it.";
  private static final String STOP_NOW =
      "Stop taking isotretinoin now and get medical care today: call your prescriber, and if you"
          + " cannot reach them, go to urgent care or an emergency department.";
  private static final String TEST_NOW =
      "Stop taking isotretinoin and take a pregnancy test now. Contact your prescriber today,"
          + " whatever the result. Keep using your contraception.";

  static String adviceFor(SymptomCode code) {
    return switch (code) {
      case DRY_LIPS ->
          "Dry lips are expected and show the medicine is working. Use lip balm or petroleum jelly"
              + " often through the day."
              + NOTED;
      case DRY_SKIN ->
          "Use a gentle, fragrance-free cleanser and moisturizer. Avoid harsh scrubs and acids."
              + NOTED;
      case DRY_EYES ->
          "Use artificial tears. If contact lenses feel uncomfortable, wear glasses for a while."
              + NOTED;
      case NOSEBLEED ->
          "A dry nose can bleed. Use a saline spray, a humidifier, and a little petroleum jelly"
              + " inside the nostrils. If a nosebleed does not stop after 20 minutes of pressure,"
              + " seek care."
              + NOTED;
      case SUN_SENSITIVITY ->
          "Your skin burns more easily. Use a broad-spectrum sunscreen SPF 30 or higher every day"
              + " and avoid tanning beds."
              + NOTED;
      case MILD_JOINT_PAIN ->
          "Ease off intense exercise for a while. Tell your prescriber if the aches get worse."
              + NOTED;
      case HAIR_THINNING -> "Thinning hair is usually temporary." + NOTED;
      case INITIAL_FLARE ->
          "Some people have a flare in the first weeks as clogged pores clear. It usually settles"
              + " as treatment continues."
              + NOTED;
      case MILD_HEADACHE ->
          "Rest and drink water. If the headache becomes severe, or comes with nausea, vomiting or"
              + " changes in your vision, stop taking isotretinoin and get care now."
              + NOTED;
      case PERSISTENT_EYE_IRRITATION ->
          "Eye irritation that does not settle should be checked. " + CALL_SOON;
      case SKIN_INFECTION -> "A skin infection may need treatment. " + CALL_SOON;
      case WORSENING_BACK_PAIN -> "Back pain that is getting worse should be checked. " + CALL_SOON;
      case EXCESSIVE_THIRST ->
          "Being very thirsty or passing urine often can be a sign of high blood sugar. "
              + CALL_SOON;
      case MOOD_CHANGE ->
          "Changes in mood matter and you are right to tell us. "
              + CALL_SOON
              + " If you have thoughts of harming yourself, get help now: in the US call or text"
              + " 988, or call your local emergency number.";
      case INSOMNIA -> "Trouble sleeping can be linked to mood. " + CALL_SOON;
      case PAINFUL_SWALLOWING ->
          "Take each capsule with a full glass of water and stay upright afterwards. " + CALL_SOON;
      case MISSED_PERIOD -> "A missed period needs checking at once. " + TEST_NOW;
      case CONTRACEPTION_FAILURE ->
          "If your contraception may have failed, act at once. Emergency contraception can prevent"
              + " a pregnancy: it is most effective within 72 hours (3 days), and some methods work"
              + " up to 120 hours (5 days). Contact your prescriber or a pharmacy now to get it. "
              + TEST_NOW;
      case VISION_CHANGE -> "Changes in your vision need to be checked now. " + STOP_NOW;
      case SEVERE_HEADACHE_NAUSEA ->
          "A severe headache with nausea or vomiting needs to be checked now. " + STOP_NOW;
      case SEVERE_ABDOMINAL_PAIN -> "Severe stomach pain needs to be checked now. " + STOP_NOW;
      case JAUNDICE -> "Yellow skin or eyes need to be checked now. " + STOP_NOW;
      case SUICIDAL_THOUGHTS ->
          "You are not alone, and help is available right now. In the US, call or text 988 (Suicide"
              + " and Crisis Lifeline). Anywhere, call your local emergency number (911 in the US,"
              + " 112 in the EU, 999 in the UK) if you might act on these thoughts. Stop taking"
              + " isotretinoin and tell your prescriber today.";
      case BLOODY_STOOL -> "Blood in your stool needs to be checked now. " + STOP_NOW;
      case SEVERE_RASH_BLISTERS ->
          "A severe rash or blistering skin needs to be checked now. " + STOP_NOW;
      case HEARING_LOSS -> "Changes in your hearing need to be checked now. " + STOP_NOW;
      case TINNITUS -> "Ringing in your ears needs to be checked now. " + STOP_NOW;
      case CHEST_PAIN ->
          "Chest pain needs care now. Stop taking isotretinoin and call your local emergency number"
              + " (911 in the US, 112 in the EU, 999 in the UK).";
      case SEIZURE ->
          "A seizure needs care now. Stop taking isotretinoin and call your local emergency number"
              + " (911 in the US, 112 in the EU, 999 in the UK).";
      case ALLERGIC_SWELLING ->
          "Swelling of the face, lips or throat needs care now. If you have trouble breathing,"
              + " call your local emergency number (911 in the US, 112 in the EU, 999 in the UK)."
              + " Stop taking isotretinoin and tell your prescriber.";
      case PREGNANCY ->
          "Stop taking isotretinoin now and get medical care now: contact your prescriber today."
              + " Take a pregnancy test now if you have not already, so your care team can confirm"
              + " it and support you.";
    };
  }
}

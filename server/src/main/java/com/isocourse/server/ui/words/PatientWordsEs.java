package com.isocourse.server.ui.words;

import com.isocourse.core.reasons.ReasonCode;

/**
 * {@link PatientWords} in Spanish (issue 14 §4): the same reasons, addressed as "usted", in plain
 * words and without codes. An exhaustive switch, so a new reason code needs its Spanish sentence
 * before it compiles.
 */
final class PatientWordsEs {
  private PatientWordsEs() {}

  static String whoActs(Actor actor) {
    return switch (actor) {
      case PATIENT -> "Usted";
      case PRESCRIBER -> "Su médico";
      case PHARMACY -> "Su farmacia";
      case PROGRAM -> "La oficina del programa";
    };
  }

  static String sentence(ReasonCode code) {
    return switch (code) {
      case PATIENT_NOT_ENROLLED -> "Su inscripción en el programa todavía no está completa.";
      case PRESCRIBER_NOT_CERTIFIED ->
          "Su médico tiene que renovar su certificación del programa antes de la entrega.";
      case PHARMACY_NOT_ACTIVE -> "Esta farmacia no puede entregar isotretinoína en el programa.";
      case PRESCRIPTION_NOT_FOUND -> "Necesita una receta nueva para su próxima entrega.";
      case PRESCRIPTION_ALREADY_DISPENSED ->
          "Esta receta ya se entregó; su próxima entrega necesita una receta nueva.";
      case PRESCRIPTION_CANCELLED -> "Su médico canceló esta receta.";
      case QUANTITY_EXCEEDS_PRESCRIPTION ->
          "La farmacia solo puede entregarle lo que indica su receta.";
      case SUPPLY_OVER_30_DAYS ->
          "Una entrega puede cubrir como máximo 30 días; su médico lo corregirá.";
      case REFILLS_NOT_ALLOWED -> "Cada mes necesita una receta nueva; no se permiten resurtidos.";
      case PATIENT_TOO_YOUNG -> "La isotretinoína no se da antes de los 12 años.";
      case FORMULATION_MISMATCH ->
          "La farmacia debe darle exactamente el tipo de cápsulas que le recetaron.";
      case DOSE_ABOVE_MAXIMUM -> "Su médico tiene que ajustar la dosis a su peso.";
      case RETREATMENT_TOO_SOON ->
          "Un tratamiento nuevo solo puede empezar 8 semanas después de que terminó el anterior.";
      case PREGNANCY_TEST_POSITIVE ->
          "Su prueba de embarazo salió positiva. No tome ninguna cápsula; su médico se pondrá en"
              + " contacto con usted.";
      case DISPENSE_TOO_SOON ->
          "Todavía le quedan cápsulas de su última entrega; la próxima es posible desde 7 días"
              + " antes de que se le acaben.";
      case PREGNANCY_CHECK_NEEDED ->
          "Usted informó un retraso de la regla o un problema con su anticoncepción: deje de tomar"
              + " las cápsulas y hágase una prueba de embarazo antes de su próxima entrega.";
      case WEIGHT_MISSING -> "Hay que volver a pesarle en su próxima visita.";
      case RISK_CATEGORY_MISSING -> "Su médico tiene que completar sus datos en el programa.";
      case BIRTH_DATE_MISSING -> "Falta su fecha de nacimiento en su expediente.";
      case PRESCRIBER_STATUS_MISSING, PHARMACY_STATUS_MISSING ->
          "La oficina del programa está revisando un registro; usted no tiene que hacer nada.";
      case INTERACTION_TETRACYCLINE ->
          "Usted toma un antibiótico (una tetraciclina) que no se debe tomar con isotretinoína."
              + " Su médico lo revisará.";
      case INTERACTION_RETINOID ->
          "Usted toma otro medicamento de vitamina A. Su médico lo revisará.";
      case SYMPTOM_NEEDS_REVIEW ->
          "Usted informó un síntoma que obliga a dejar las cápsulas. Su médico se pondrá en"
              + " contacto con usted.";
      case MOOD_NEEDS_REVIEW ->
          "Su médico tiene que revisar su control del estado de ánimo antes de su próxima"
              + " entrega. Si piensa en hacerse daño, pida ayuda ahora.";
      case LAB_NEEDS_REVIEW ->
          "Su médico tiene que revisar uno de sus análisis de sangre antes de su próxima entrega.";
      case PRETREATMENT_TESTS_INCOMPLETE ->
          "Necesita dos pruebas de embarazo negativas antes de su primera entrega.";
      case CONTRACEPTION_LEAD_IN_TOO_SHORT ->
          "Tiene que usar su anticoncepción durante un mes completo antes de la primera dosis.";
      case PREGNANCY_TEST_OUTSIDE_WINDOW ->
          "Su última prueba de embarazo es demasiado antigua para recoger el medicamento;"
              + " necesita una nueva.";
      case PREGNANCY_TEST_MISSING ->
          "Necesita una prueba de embarazo negativa antes de recoger el medicamento.";
      case PREGNANCY_TEST_SETTING_NOT_ALLOWED ->
          "Su prueba de embarazo debe hacerse en una clínica o un laboratorio; una prueba casera"
              + " no cuenta.";
      case CONTRACEPTION_NOT_DOCUMENTED ->
          "Por favor, confirme el método anticonceptivo que usa (una vez al mes).";
      case CONTRACEPTION_INSUFFICIENT ->
          "Necesita dos métodos anticonceptivos, al menos uno de ellos principal, o un compromiso"
              + " de abstinencia.";
      case COMPREHENSION_NOT_COMPLETED ->
          "Por favor, conteste las preguntas de este mes sobre su tratamiento.";
      case COUNSELING_NOT_CONFIRMED -> "Su médico confirmará con usted la orientación de este mes.";
      case PRESCRIPTION_WINDOW_EXPIRED ->
          "Su receta tiene más de 7 días; su médico tiene que hacerle una nueva.";
      case LOCKOUT_19_DAY ->
          "No recogió el medicamento a tiempo: necesita una nueva prueba de embarazo cuando"
              + " termine el periodo de espera.";
      case ACKNOWLEDGEMENT_MISSING ->
          "Tiene que firmar el formulario que dice que usted entiende los riesgos.";
      case TG_ELEVATED ->
          "Sus triglicéridos (grasas en la sangre) están altos; su médico puede sugerirle cambios"
              + " en la alimentación.";
      case ALT_ELEVATED ->
          "Su análisis del hígado está por encima de lo normal; su médico le hará seguimiento.";
      case CHOLESTEROL_ELEVATED -> "Su colesterol está alto; su médico le hará seguimiento.";
      case INTERACTION_VITAMIN_A ->
          "Deje de tomar suplementos de vitamina A mientras toma isotretinoína.";
      case INTERACTION_ST_JOHNS_WORT ->
          "La hierba de San Juan puede hacer que los anticonceptivos hormonales no funcionen;"
              + " avise a su médico.";
      case INTERACTION_BONE ->
          "Usted toma un medicamento que puede afectar sus huesos; su médico lo revisará.";
      case MOOD_SCREEN_POSITIVE ->
          "Su control del estado de ánimo indica que puede sentirse decaído; su médico hablará"
              + " con usted.";
      case SYMPTOM_CALL_PRESCRIBER ->
          "Usted informó un síntoma del que su médico quiere saber; espere una llamada.";
      case LABS_OVERDUE -> "Sus análisis de sangre (hígado y triglicéridos) están atrasados.";
      case CUMULATIVE_TARGET_REACHED ->
          "Ha llegado a su dosis total objetivo; su médico hablará con usted sobre terminar el"
              + " tratamiento.";
      case RULESET_CHANGED -> "Las reglas del programa cambiaron desde su última entrega.";
      case LOW_DOSE_REGIMEN ->
          "Usted toma una dosis más baja de lo habitual, como eligió su médico.";
      case HIGH_CUMULATIVE_TARGET -> "Su médico fijó una dosis total más alta de lo habitual.";
    };
  }
}

/**
 * Plain words for codes: every reason code as a sentence with who must act (patient, prescriber,
 * pharmacy), schedule items, symptoms and history entries. Pages never show a raw code alone.
 */
package com.isocourse.server.ui.words;

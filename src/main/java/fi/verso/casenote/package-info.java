/**
 * Case notes (asiakaskertomus): every contact with the child and the family, recorded without delay
 * (LSL 33 §, Asiakastietolaki 703/2023): when (Helsinki time), how (kotikäynti, toimistotapaaminen, puhelu,
 * videotapaaminen, verkostopalaveri), who took part, whether the child was met personally (lapsen
 * henkilökohtainen tapaaminen, LSL 29 §, SHL 42 §) and, when the child was met without the guardian's consent
 * because the child's interest required it, why.
 *
 * <p>An entry is never changed or removed (the database refuses it): a correction (korjausmerkintä) is a new
 * entry that names the entry it corrects, and both stay readable. {@link fi.verso.casenote.CaseNotes} is the
 * module's facade; {@link fi.verso.casenote.CaseNotes#lastMetPersonally} serves the client plan and worklists.
 */
package fi.verso.casenote;

/**
 * Decisions on support measures (päätös) for a child in a client relationship: what is granted (myönnetään),
 * refused (hylätään), changed (muutetaan) or ended (lopetetaan), the consents (suostumus) and hearings
 * (kuuleminen) before it, the decision letter (päätöskirje) in the client's official language, and the appeal
 * instructions (muutoksenhakuohje: oikaisuvaatimusohje or valitusosoitus).
 *
 * <ul>
 *   <li>Measures ({@link fi.verso.decision.Measure}): open-care support measures (avohuollon tukitoimet,
 *       LSL 417/2007 34-36 §), a placement as an open-care measure (avohuollon sijoitus, LSL 37 §), and services
 *       under SHL 1301/2014: social guidance (sosiaaliohjaus 16 §), family work (perhetyö 18 §), home help
 *       (kotipalvelu 19 §), support person, support family and peer groups (tukihenkilö, tukiperhe,
 *       vertaisryhmä 28 §).
 *   <li>Consent ({@link fi.verso.decision.ConsentRules}): open-care measures are voluntary; every guardian
 *       (huoltaja) and a child aged 12 or over consent before one is granted (LSL 34 §, 37 §).
 *   <li>Hearing ({@link fi.verso.decision.HearingRules}): every party is heard before the decision (HL 434/2003
 *       34 §), a child aged 12 or over separately (LSL 21 §), unless one of the exceptions of HL 34 § 2 mom applies
 *       and is written down.
 *   <li>Content (SHL 45 §, HL 44-45 §): authority, date, parties, what was decided and why, the provisions
 *       applied, the decision maker and a contact person; a departure from the client plan (asiakassuunnitelma,
 *       LSL 30 §) is justified. The decision maker is a qualified social worker in public office (LSL 13 §).
 *   <li>Appeal ({@link fi.verso.decision.AppealInstructions}): a request for correction (oikaisuvaatimus, HL 7 a
 *       luku, SHL 48 §) to the county within 30 days of notification, then the administrative court
 *       (hallinto-oikeus); decisions listed in LSL 90 § 1 mom go straight to the administrative court. A child
 *       aged 12 or over may appeal separately (LSL 89 §).
 *   <li>Notification (tiedoksianto, {@link fi.verso.decision.NotificationDate}): an ordinary letter is deemed
 *       received on the 7th day after sending (HL 59 §), an electronic message on the 3rd (HL 59 b §); the last
 *       day of the appeal period follows Määräaikalaki 150/1930.
 *   <li>Placement review ({@link fi.verso.decision.PlacementReassessment}): a placement under LSL 37 § is
 *       reassessed within three months and then every three months.
 *   <li>The child and guardians are told the content and grounds of the decision in a form suited to the
 *       child's age (LSL 32 a §): a child aged 12 or over gets a letter of their own.
 * </ul>
 *
 * <p>Laws change (an amendment moving open-care measures into SHL was proposed in 2026): the rules are named,
 * dated classes ({@code POLICY_DATE}) with tests, not constants spread around.
 */
package fi.verso.decision;

/**
 * Support measures delivered (avohuollon tukitoimet, LSL 34-37 §; sosiaalipalvelut, SHL 14 §):
 *
 * <ul>
 *   <li>perhetyö (family work, SHL 18 §) and tehostettu perhetyö (intensified family work, LSL 36 §): periods on a
 *       child's client relationship (asiakkuus) with the assigned perhetyöntekijä (family worker) or sosiaaliohjaaja
 *       (social instructor), goals copied from the asiakassuunnitelma (client plan, LSL 30 §, SHL 39 §), visits
 *       (kotikäynti, tapaaminen) with their hours, and a loppuyhteenveto (end summary);
 *   <li>tukihenkilö and tukiperhe (support person, support family, SHL 28 §, LSL 36 §): the county's register with
 *       training (ennakkovalmennus), the rikostaustaote (criminal record extract) and availability, and a child's
 *       match with one of them for a period, with the meetings held;
 *   <li>vertaisryhmät (peer groups, SHL 28 §, LSL 36 §): groups with ohjaajat (facilitators), sessions and
 *       attendance.
 * </ul>
 *
 * <p>A measure whose period is over or whose päätös (decision, SHL 45 §) has ended is flagged to the child's
 * responsible worker (lapsen asioista vastaava sosiaalityöntekijä, LSL 13 b §) until it is closed or renewed.
 * Support measures are voluntary and free of charge; consent and decisions are recorded in their own modules.
 */
package fi.verso.service;

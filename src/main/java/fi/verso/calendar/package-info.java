/**
 * Calendar: the clock, Finnish working days (arkipäivä) and public holidays (pyhäpäivät), and the
 * statutory deadlines counted with them. Määräaikalaki 150/1930; LSL 26 §; SHL 36 §.
 *
 * <ul>
 *   <li>{@link fi.verso.calendar.WorkingDays}: arkipäivät; Christmas Eve (jouluaatto) and Midsummer Eve
 *       (juhannusaatto) are not working days, New Year's Eve (uudenvuodenaatto) is.
 *   <li>{@link fi.verso.calendar.StatutoryDeadlines}: the start of the service need assessment
 *       (palvelutarpeen arvioinnin aloittaminen, LSL 26 § 5 mom: 7th working day after vireilletulo) and its
 *       completion (valmistuminen, SHL 36 §: three months), and where a clock stands today.
 *   <li>{@link fi.verso.calendar.ThlReportingPeriod} and {@link fi.verso.calendar.LatenessBucket}: THL's
 *       half-year follow-up of the clocks (käsittelyaikojen seuranta, LSL 27 a §).
 * </ul>
 *
 * <p>All counting is in Helsinki dates ({@link fi.verso.calendar.HelsinkiTime}); the rule classes are plain
 * Java so that any module, and any test, can use them without Spring.
 */
package fi.verso.calendar;

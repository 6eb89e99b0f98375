/**
 * Reporting (raportointi): statutory statistics and supervision, read-only and aggregated; never personal
 * identifiers, only counts and shares.
 *
 * <ul>
 *   <li>{@link fi.verso.reporting.ThlProcessingTimeReport}: THL's half-year follow-up of processing times
 *       (käsittelyaikojen seuranta, LSL 27 a §) for the periods 1.4-30.9 and 1.10-31.3
 *       ({@link fi.verso.calendar.ThlReportingPeriod}): service need assessments (palvelutarpeen arviointi)
 *       started within 7 working days (LSL 26 § 5 mom) or late, by lateness in working days, and completed
 *       within 3 months (SHL 36 §), for child welfare (lastensuojelu) and special support under SHL (erityistä
 *       tukea tarvitsevat lapset, SHL 36 §) separately. Prenatal notifications (ennakollinen
 *       lastensuojeluilmoitus, LSL 25 c §) are not in these figures: no assessment of a child starts before
 *       the birth.
 * </ul>
 *
 * <p>Figures are computed from one query of dates per matter ({@code ReportingQueries}); the rule of what
 * counts lives in the pure class, which is where a change in THL's instructions is made.
 */
package fi.verso.reporting;

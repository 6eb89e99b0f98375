/**
 * Worklists: a worker's own children ("omat lapseni") and the overdue items of a team lead's teams
 * (myöhästyneet). Read models over client relationships (asiakkuus, LSL 13 b § responsible worker and work pair),
 * open service need assessments (palvelutarpeen arviointi, completion due under SHL 36 §), client plans
 * (asiakassuunnitelma, review at least once a year under LSL 30 §, meeting frequency under LSL 29 § and SHL 42 §)
 * and the personal meetings in the case notes (asiakaskertomus, LSL 33 §).
 *
 * <p>Each list is one SQL query across those tables: the clocks themselves come from the named policies
 * ({@link fi.verso.plan.PlanReviewPolicy}, {@link fi.verso.plan.ChildMeetingPolicy}), applied to the dates the
 * query returns.
 */
package fi.verso.worklist;

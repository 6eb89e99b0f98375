/**
 * Client plan (asiakassuunnitelma) of a client relationship: circumstances and matters to influence
 * (olosuhteet ja asiat, joihin pyritään vaikuttamaan), support needs (tuen tarpeet), goals (tavoitteet) with
 * the estimated time to reach them (arvioitu aika), services and support measures (palvelut ja tukitoimet),
 * how often the responsible worker meets the child (tapaamistiheys), the participants and their views, the
 * child's own views with the method used (lapsen mielipide, LSL 20 §, SHL 32 §) and dissenting views
 * (eriävät näkemykset).
 *
 * <ul>
 *   <li>LSL 30 § (417/2007): a child welfare client has a plan, reviewed when needed and at least once a year
 *       ({@link fi.verso.plan.PlanReviewPolicy}).
 *   <li>SHL 39 § (1301/2014): plan contents for a child needing special support; reviewed when needed.
 *   <li>LSL 29 §, SHL 42 §: the responsible worker meets the child personally as often as the plan says
 *       ({@link fi.verso.plan.ChildMeetingPolicy}).
 *   <li>LSL 33 §: records are kept; a plan is never overwritten, every save is a new revision (tarkistus).
 * </ul>
 */
package fi.verso.plan;

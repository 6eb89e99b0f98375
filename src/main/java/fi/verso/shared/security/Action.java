package fi.verso.shared.security;

import static fi.verso.shared.security.Rule.anyEmployee;
import static fi.verso.shared.security.Rule.anyone;
import static fi.verso.shared.security.Rule.globalRole;
import static fi.verso.shared.security.Rule.inTeam;
import static fi.verso.shared.security.Rule.ofChild;

import java.util.List;

/**
 * Every action a handler can perform, each with the rules that permit it. Handlers declare their action
 * with {@link RequiresAction}; a test fails when one does not, and {@code docs/access-matrix.md} is
 * generated from this list.
 */
public enum Action {
  PUBLIC_PAGE_VIEW("Read public pages: front page, service catalogue, accessibility statement", anyone()),
  LOGIN("Sign in as an employee", anyone()),
  EMPLOYEE_HOME_VIEW("See one's own landing page", anyEmployee()),
  CATALOGUE_MANAGE(
      "Edit service catalogue entries in all three languages",
      globalRole(Role.CATALOGUE_ADMIN, Role.ADMIN)),
  ACCESS_LOG_READ("Read the access log of the county", globalRole(Role.ADMIN)),
  ACCESS_MATRIX_VIEW("See who may do what", anyEmployee()),
  INTAKE_SUBMIT(
      "Send a child welfare notification, prenatal notification, contact request or family-work application",
      anyone()),
  INTAKE_REGISTER(
      "Register a matter received by phone, paper, in person or through the API",
      globalRole(Role.INTAKE_WORKER, Role.TEAM_LEAD)),
  INTAKE_QUEUE_VIEW("See the intake queue of one's teams", globalRole(Role.INTAKE_WORKER, Role.TEAM_LEAD)),
  INTAKE_MATTER_VIEW(
      "Open a matter in intake and the people it concerns",
      inTeam(TeamRole.MEMBER, TeamRole.LEAD)),
  INTAKE_MATTER_PROCESS(
      "Assess urgency, decide on starting the service need assessment, link matters, record notices",
      inTeam(TeamRole.MEMBER, TeamRole.LEAD)),
  PERSON_VIEW(
      "See a child's or guardian's personal details (a protected address stays hidden)",
      globalRole(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.SOCIAL_INSTRUCTOR, Role.FAMILY_WORKER, Role.TEAM_LEAD)),
  PERSON_PROTECTED_ADDRESS_VIEW(
      "Reveal the address of a person under a non-disclosure order (turvakielto), with a stated need",
      globalRole(Role.SOCIAL_WORKER, Role.TEAM_LEAD)),
  CHILD_FIND(
      "Find whether a child is known (by henkilötunnus, or name and birth date), without opening the records",
      globalRole(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.SOCIAL_INSTRUCTOR, Role.FAMILY_WORKER, Role.TEAM_LEAD)),
  CHILD_RECORDS_OPEN_WITH_REASON(
      "Open a child's records without a relationship to the child, stating the reason (logged, listed for the lead)",
      globalRole(Role.INTAKE_WORKER, Role.SOCIAL_WORKER, Role.SOCIAL_INSTRUCTOR, Role.FAMILY_WORKER, Role.TEAM_LEAD)),
  CHILD_RECORDS_VIEW(
      "Read a child's assessment, client relationship, plan and case notes",
      ofChild(
          ChildRelationship.RESPONSIBLE_WORKER,
          ChildRelationship.WORK_PAIR,
          ChildRelationship.ASSESSING_WORKER,
          ChildRelationship.LEAD_OF_RESPONSIBLE_TEAM,
          ChildRelationship.OPENED_WITH_REASON)),
  CHILD_RECORDS_WRITE(
      "Record meetings and case notes, work on the assessment and the client plan",
      ofChild(ChildRelationship.RESPONSIBLE_WORKER, ChildRelationship.WORK_PAIR, ChildRelationship.ASSESSING_WORKER)),
  CLIENT_RELATIONSHIP_MANAGE(
      "Start, transfer and end a client relationship; assign the responsible worker and work pair",
      ofChild(ChildRelationship.RESPONSIBLE_WORKER, ChildRelationship.ASSESSING_WORKER, ChildRelationship.LEAD_OF_RESPONSIBLE_TEAM)),
  DECISION_VIEW(
      "Read a child's decisions on support measures, their consents and hearings, and the decision letters",
      ofChild(
          ChildRelationship.RESPONSIBLE_WORKER,
          ChildRelationship.WORK_PAIR,
          ChildRelationship.ASSESSING_WORKER,
          ChildRelationship.LEAD_OF_RESPONSIBLE_TEAM,
          ChildRelationship.OPENED_WITH_REASON)),
  DECISION_DRAFT(
      "Prepare a decision on a support measure: write the draft, record consents and hearings, mark it sent",
      ofChild(ChildRelationship.RESPONSIBLE_WORKER, ChildRelationship.WORK_PAIR)),
  DECISION_MAKE(
      "Make a decision on a support measure (the employee must also be a qualified social worker, LSL 13 §)",
      ofChild(ChildRelationship.RESPONSIBLE_WORKER, ChildRelationship.LEAD_OF_RESPONSIBLE_TEAM)),
  SERVICE_DELIVERY_VIEW(
      "Read the services delivered to a child: family work periods and visits, support person or family matches",
      ofChild(
          ChildRelationship.RESPONSIBLE_WORKER,
          ChildRelationship.WORK_PAIR,
          ChildRelationship.LEAD_OF_RESPONSIBLE_TEAM,
          ChildRelationship.FAMILY_WORKER)),
  SERVICE_DELIVERY_RECORD(
      "Start family work or a support match, record visits and meetings, end, renew or close a measure",
      ofChild(ChildRelationship.RESPONSIBLE_WORKER, ChildRelationship.WORK_PAIR, ChildRelationship.FAMILY_WORKER)),
  SUPPORT_REGISTER_MANAGE(
      "Keep the register of support persons and support families (training, criminal record check, availability)",
      globalRole(Role.SOCIAL_WORKER, Role.SOCIAL_INSTRUCTOR, Role.TEAM_LEAD)),
  PEER_GROUP_MANAGE(
      "Run peer groups: create groups and sessions; a group's facilitators add participants and record attendance",
      globalRole(Role.SOCIAL_INSTRUCTOR, Role.FAMILY_WORKER, Role.SOCIAL_WORKER, Role.TEAM_LEAD)),
  MY_CHILDREN_VIEW("See one's own children and their deadlines", globalRole(Role.SOCIAL_WORKER, Role.SOCIAL_INSTRUCTOR, Role.FAMILY_WORKER, Role.TEAM_LEAD)),
  TEAM_CASELOAD_VIEW(
      "See the team's caseload per worker against the cap, overdue items and records opened with a reason",
      globalRole(Role.TEAM_LEAD)),
  THL_REPORT_VIEW(
      "See and download the THL processing-time report (no personal identifiers)",
      globalRole(Role.TEAM_LEAD, Role.ADMIN));

  private final String description;
  private final List<Rule> rules;

  Action(String description, Rule... rules) {
    this.description = description;
    this.rules = List.of(rules);
  }

  public String description() {
    return description;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** True when every rule can be decided from the actor alone (no team or child target needed). */
  public boolean isGlobal() {
    return rules.stream().allMatch(Rule::isGlobal);
  }
}

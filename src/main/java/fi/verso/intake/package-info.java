/**
 * Intake (vireilletulo): child welfare notifications (lastensuojeluilmoitus, LSL 25 §; a private person may
 * stay anonymous, a mandated reporter (ilmoitusvelvollinen) may not; police notification duty LSL 25 § 3 mom),
 * prenatal notifications (ennakollinen lastensuojeluilmoitus, LSL 25 c §), contact requests
 * (yhteydenotto, SHL 35 §, LSL 25 a §) and family-work applications (perhetyö, SHL 18 §). Each matter is
 * routed to the intake team of the child's municipality and runs on the statutory clock: urgency at once
 * (LSL 26 § 2 mom), the service need assessment started by the 7th working day (LSL 26 § 5 mom) and
 * completed within 3 months (SHL 36 §). Moving child: LSL 25 d §.
 */
package fi.verso.intake;

/**
 * Intake (vireilletulo): child welfare notifications (lastensuojeluilmoitus, LSL 25 §; a private person may
 * stay anonymous, a mandated reporter (ilmoitusvelvollinen) may not; police notification duty LSL 25 § 3 mom),
 * prenatal notifications (ennakollinen lastensuojeluilmoitus, LSL 25 c §), contact requests
 * (yhteydenotto, SHL 35 §, LSL 25 a §) and family-work applications (perhetyö, SHL 18 §). Each matter is
 * routed to the intake team of the child's municipality and runs on the statutory clock: urgency at once
 * (LSL 26 § 2 mom), the service need assessment started by the 7th working day (LSL 26 § 5 mom) and
 * completed within 3 months (SHL 36 §). Moving child: LSL 25 d §.
 *
 * <p>The intake workers' side ({@link fi.verso.intake.IntakeWork}): the queue of saapuvat asiat, the
 * kiireellisyyden arviointi (urgency assessment, recorded once), the päätös palvelutarpeen arvioinnin
 * aloittamisesta (START assigns a sosiaalityöntekijä with the kelpoisuus of LSL 13 b §; NOT_START; TRANSFER to
 * another hyvinvointialue, LSL 25 d §; a late decision states the viivästymisen syy), the ilmoitus lapselle ja
 * huoltajille (in Finnish or Swedish, never naming the ilmoittaja), and turning an ennakollinen
 * lastensuojeluilmoitus into the child's matter after the birth.
 */
package fi.verso.intake;

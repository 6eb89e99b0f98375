/**
 * Persons: children and guardians (huoltajat), the personal identity code (henkilötunnus), the non-disclosure
 * order (turvakielto) and the port to the population register (väestötietojärjestelmä, read through DVV's
 * services; mocked in tests as it is outside the system).
 *
 * <ul>
 *   <li>Henkilötunnus: {@link fi.verso.person.PersonalIdentityCode}, its form set by the population
 *       register decree (väestötietoasetus 128/2010) with the century signs added in 2023, given under the
 *       population register act (laki väestötietojärjestelmästä 661/2009). A child may have no henkilötunnus
 *       (unborn, newly arrived): records must work without one. Gender is never inferred from it.
 *   <li>Turvakielto (under 661/2009): the person's address is never shown to parties or guardians.
 *   <li>A guardian cannot act for a child in care or under a turvakielto (legal-rules.md section 7).
 * </ul>
 *
 * <p>A henkilötunnus is personal data: it never goes to application logs (its {@code toString()} is masked).
 */
package fi.verso.person;

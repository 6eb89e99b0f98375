/**
 * Client relationship (asiakkuus): child welfare (lastensuojelun asiakkuus, LSL 27 §) or special support
 * under SHL (SHL 34 §), with the child's responsible social worker (lapsen asioista vastaava
 * sosiaalityöntekijä, LSL 13 b §) under the caseload cap of 30 children (since 1.1.2024; 35 in 2022-2023,
 * see {@link fi.verso.client.CaseloadCap}), the work pair (työpari) and the family around the child
 * (huoltajat, vanhemmat, sisarukset, muut läheiset). The start is told to the child and guardians (LSL 27 §);
 * an SHL relationship ends with a record that there is no longer a basis (SHL 34 §).
 *
 * <p>Access to a child's records follows these relationships (Asiakastietolaki 703/2023, need to know):
 * others may find that a child is known (lapsen etsiminen) and open the records only with a stated reason
 * (perusteltu avaaminen), which the team lead sees; the access log records the opening, never the reason.
 */
package fi.verso.client;

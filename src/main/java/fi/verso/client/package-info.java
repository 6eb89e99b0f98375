/**
 * Client relationship (asiakkuus): child welfare (lastensuojelun asiakkuus, LSL 27 §) or special support
 * under SHL (SHL 34 §), with the child's responsible social worker (lapsen asioista vastaava
 * sosiaalityöntekijä, LSL 13 b §) under the caseload cap of 30 children (since 1.1.2024), the work pair
 * (työpari) and the family around the child. Access to a child's records follows these relationships.
 */
package fi.verso.client;

/**
 * Service need assessment (palvelutarpeen arviointi): started from the intake decision (LSL 26 § 5 mom),
 * completed within 3 months of receipt (SHL 36 §), with the child met personally and the child's own views
 * recorded with the method used (LSL 20 §, SHL 32 §), and concluded: a child welfare client relationship
 * (LSL 27 §), a client relationship for a child needing special support (SHL 34 §), other services, or no need.
 */
package fi.verso.assessment;

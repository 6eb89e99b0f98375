/**
 * Employees (työntekijät): accounts, global roles, team memberships, sign-in and each role's landing page.
 * Demo users exist only on the embedded database.
 */
package fi.verso.employee;

/**
 * Access log (käyttöloki) and, later, the disclosure log (luovutusloki): every read and write of client
 * data, who did it, when, which action, which clients and why (Asiakastietolaki 703/2023 §§ 11, 17).
 * The table is append-only: a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
package fi.verso.accesslog;

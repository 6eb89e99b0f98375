/**
 * Plumbing shared by the JSON API ({@code /api/**}, rajapinta) of every module: RFC 9457 problem documents
 * ({@link fi.verso.shared.api.ApiProblem}) and the language of their texts, taken from the caller's
 * {@code Accept-Language} (English unless Finnish or Swedish is asked for). Texts live in
 * {@code messages/api*.properties}. Depends on nothing in Verso but {@code shared.i18n}.
 */
package fi.verso.shared.api;

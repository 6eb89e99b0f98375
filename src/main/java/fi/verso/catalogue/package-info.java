/**
 * The public service catalogue (palvelukuvaukset) and the front page: what the county offers families
 * and children, in Finnish, Swedish and English, and how to reach it.
 *
 * <p>Terms: palvelukuvaus (service description), palvelun toteuttaa / palvelusta vastaa (provider /
 * responsible organisation), alue (area: the municipalities, kunnat), sosiaalipäivystys (24/7 social
 * emergency service, SHL 29 §; reached through 112 where the county has no number of its own),
 * lastensuojeluilmoitus (LSL 25 §), ennakollinen lastensuojeluilmoitus (LSL 25 c §), yhteydenotto
 * sosiaalihuoltoon (SHL 35 §, LSL 25 a §), perhetyö (SHL 18 §).
 *
 * <p>The content cites the sections each service rests on: SHL 1301/2014 (e.g. 16 § sosiaaliohjaus, 18 §
 * perhetyö, 28 § tukihenkilö ja tukiperhe) and LSL 417/2007 (34–37 § avohuollon tukitoimet). All the
 * services described are free of charge. Texts never hold an employee's name or a phone number other
 * than 112: the county's own emergency number is data of the county.
 *
 * <p>Search is PostgreSQL full-text search with each language's stemmer ({@code finnish}, {@code
 * swedish}, {@code english}), so inflected words find their base forms. Edits are logged in the access
 * log and guarded by optimistic locking.
 */
package fi.verso.catalogue;

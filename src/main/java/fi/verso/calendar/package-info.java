/**
 * Calendar: the clock, Finnish working days (arkipäivä) and public holidays (pyhäpäivät), and the
 * statutory deadlines counted with them. Määräaikalaki 150/1930; LSL 26 §; SHL 36 §.
 */
package fi.verso.calendar;

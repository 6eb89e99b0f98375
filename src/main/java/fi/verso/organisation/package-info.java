/**
 * Organisation: the county running Verso (hyvinvointialue, or a joint authority such as a kuntayhtymä),
 * its municipalities (kunnat), offices (toimipisteet) and teams (tiimit). Every county-owned row carries
 * its county, and a deployment serves the one named by {@code verso.county}.
 */
package fi.verso.organisation;

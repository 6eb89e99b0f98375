/**
 * Deliberately broken module layout for checking that {@code fi.verso.support.ModuleRules} catch what they
 * are meant to catch. Outside {@code fi.verso} so that Spring never scans it.
 */
package archfixture;

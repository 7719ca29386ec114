package se.stockholm.vbe.platform.internal.db;

/**
 * One versioned, ordered schema change: a SQL script on the bundle's class path.
 *
 * @param version strictly increasing from 1
 * @param description what the change is for, stored in the schema history
 * @param script class path resource with statements separated by lines ending in {@code ;}
 */
record Migration(int version, String description, String script) {
}

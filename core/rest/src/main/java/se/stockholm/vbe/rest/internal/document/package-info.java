/**
 * The words and figures of a plan as people read them in the documents made from it (the spreadsheets and the
 * PDF): one formatter, so that the documents never disagree.
 */
package se.stockholm.vbe.rest.internal.document;

/**
 * The plan as an archivable PDF/A-2b document, rendered with Apache PDFBox and DejaVu Sans (embedded): a
 * representation of the plan resource beside its JSON, private to the REST bundle.
 */
package se.stockholm.vbe.rest.internal.pdf;

package se.stockholm.vbe.rest.internal.resource;

/** A form a read can answer in: the {@code ?format=} value that asks for it and its media type. */
interface Representation {

    /** The value of {@code ?format=} asking for this form. */
    String parameter();

    /** The media type an {@code Accept} range names it by, e.g. {@code application/pdf}. */
    String mediaType();
}

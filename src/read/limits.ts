/**
 * Largest input {@link readDocument} accepts unless told otherwise: 50 MB. The same bound holds for
 * what the text parts of a zipped document (.docx, .odt) unpack to.
 * @example readDocument(bytes, { maxBytes: 2 * DEFAULT_MAX_BYTES }) // accept up to 100 MB
 */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

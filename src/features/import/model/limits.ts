/** Files above this size are refused before they are read: the page must stay responsive. */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024
/** How many problems and duplicates are listed in full; all are counted. */
export const MAX_LISTED = 100

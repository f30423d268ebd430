/** The years a figure may refer to (the schema's rule), in a module of its own: the first view needs it without the schema library. */
export const YEAR_LIMITS = { first: 1900, last: 2100 } as const

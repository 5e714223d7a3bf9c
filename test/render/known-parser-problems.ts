// Parser problems the round trip found, kept out of the property so it tests the rest; each has an it.fails example.

/** UI languages whose item pages, read without an address, are taken for portal pages (`\b` after a non-ASCII phrase). */
export const NO_ADDRESS_NOT_AN_ITEM_PAGE: readonly string[] = ['bg', 'el'];

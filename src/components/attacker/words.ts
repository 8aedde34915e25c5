/** Words for `link` on a trusted network, wherever the page names it (DOMAIN.md §10). */
export const WOULD_BE = 'would be, on an untrusted network';

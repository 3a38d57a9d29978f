/** From this length a link gets a warning instead of being copied (PRODUCT.md §5: links up to 8,000 characters). */
export const WARN_FROM = 8000;

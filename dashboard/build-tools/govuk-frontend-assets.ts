import type { Plugin } from 'vite';

/**
 * Removes the `@media` blocks whose condition carries the old Internet Explorer `\0` hack
 * (`@media screen\0 …`, `(min-width:0\0)`). Browsers we support ignore them already, and Vite's CSS
 * minifier (Lightning CSS) rejects them as invalid, so they are taken out before it sees them.
 */
export function stripInternetExplorerMediaHacks(css: string): string {
  let result = '';
  let position = 0;
  for (;;) {
    const start = css.indexOf('@media', position);
    if (start === -1) return result + css.slice(position);
    const open = css.indexOf('{', start);
    if (open === -1) return result + css.slice(position);
    if (!css.slice(start, open).includes('\\0')) {
      result += css.slice(position, open + 1);
      position = open + 1;
      continue;
    }
    // Skip to the brace that closes this block (blocks nest one level: media → rule).
    let depth = 1;
    let index = open + 1;
    while (index < css.length && depth > 0) {
      if (css[index] === '{') depth += 1;
      else if (css[index] === '}') depth -= 1;
      index += 1;
    }
    result += css.slice(position, start);
    position = index;
  }
}

/**
 * A Vite plugin for GOV.UK Frontend's precompiled CSS. The CSS points at its fonts and images with root-absolute URLs
 * (`/assets/fonts/…`), which only work if those files are copied to /assets by hand. Rewriting them
 * to paths relative to the CSS file, where the package keeps them, lets Vite resolve, hash and emit
 * them with the rest of the build, so the built output is self-contained.
 */
export function govukFrontendAssets(): Plugin {
  return {
    name: 'touchstone:govuk-frontend-assets',
    enforce: 'pre',
    transform(code, id) {
      if (!/govuk-frontend[\\/]dist[\\/]govuk[\\/]govuk-frontend\.min\.css(\?|$)/.test(id)) return null;
      return { code: stripInternetExplorerMediaHacks(code.replaceAll('url(/assets/', 'url(./assets/')), map: null };
    },
  };
}

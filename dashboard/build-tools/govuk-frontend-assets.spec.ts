import { stripInternetExplorerMediaHacks } from './govuk-frontend-assets';

describe('stripInternetExplorerMediaHacks', () => {
  it('should remove a block whose media condition carries the \\0 hack', () => {
    const css = 'a{b:c}@media screen\\0 and (min-width:40em){.x{margin:0}.y{padding:0}}d{e:f}';
    expect(stripInternetExplorerMediaHacks(css)).toBe('a{b:c}d{e:f}');
  });

  it('should remove the hack in a trailing feature as well', () => {
    expect(stripInternetExplorerMediaHacks('@media screen and (min-width:40em) and (min-width:0\\0){.x{display:block}}')).toBe('');
  });

  it('should keep ordinary media queries, including ones nested in other blocks', () => {
    const css = '@media (min-width:40em){.x{margin:0}}@supports (display:grid){@media print{.y{z:1}}}';
    expect(stripInternetExplorerMediaHacks(css)).toBe(css);
  });
});

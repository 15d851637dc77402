import { stylesheetsFirst } from './stylesheet-first-plugin';

const BUILT = [
  '<head>',
  '    <link rel="manifest" href="/manifest.webmanifest" />',
  '    <script type="application/json" id="hs-route-preloads">{}</script>',
  '    <script type="module" crossorigin src="/assets/index-A.js"></script>',
  '    <link rel="modulepreload" crossorigin href="/assets/vendor-react-B.js">',
  '    <link rel="stylesheet" crossorigin href="/assets/index-C.css">',
  '  </head>',
].join('\n');

describe('the stylesheets of the built page come before its scripts', () => {
  it('moves the stylesheet link before the first script, keeping everything else in its order', () => {
    expect(stylesheetsFirst(BUILT).split('\n')).toEqual([
      '<head>',
      '    <link rel="manifest" href="/manifest.webmanifest" />',
      '    <link rel="stylesheet" crossorigin href="/assets/index-C.css">',
      '    <script type="application/json" id="hs-route-preloads">{}</script>',
      '    <script type="module" crossorigin src="/assets/index-A.js"></script>',
      '    <link rel="modulepreload" crossorigin href="/assets/vendor-react-B.js">',
      '  </head>',
    ]);
  });

  it('leaves a page without stylesheets or without scripts as it is', () => {
    const withoutStyles = BUILT.replace(/.*stylesheet.*\n/, '');
    expect(stylesheetsFirst(withoutStyles)).toBe(withoutStyles);
    const withoutScripts = '<head>\n    <link rel="stylesheet" href="/a.css">\n  </head>';
    expect(stylesheetsFirst(withoutScripts)).toBe(withoutScripts);
  });
});

/**
 * `npm run build:editor-file`: the policy editor as one self-contained HTML
 * file (script and styles inlined), for admins who want to compose a policy
 * without installing the extension: it opens from disk (file://), needs no
 * extension API and makes no network request. The extension's own page
 * (policy-editor.html) is the same code.
 */
import { build, type Plugin } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const EDITOR_FILE = resolve(root, process.env.WXT_OUT_DIR ?? '.output', 'leitplanke-richtlinien-editor.html');

/**
 * `import css from './x.css?inline'` (Vite's way, used by the notice's styles)
 * as the CSS text, minified: esbuild's own CSS loader would give `{}`.
 */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(plugin) {
    plugin.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    plugin.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const css = await build({ entryPoints: [args.path], bundle: true, minify: true, write: false });
      return { contents: css.outputFiles[0]!.text, loader: 'text' };
    });
  },
};

const result = await build({
  plugins: [inlineCss],
  entryPoints: [resolve(root, 'entrypoints/policy-editor/main.ts')],
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
  outdir: 'out',
  alias: { '@': root },
  target: ['chrome120', 'firefox128'],
  legalComments: 'none',
  logLevel: 'warning',
});
const output = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
// `</script` or `</style` inside the code would end the inline element early.
const script = output('.js').replace(/<\/script/gi, '<\\/script');
const style = output('.css').replace(/<\/style/gi, '<\\/style');
const page = readFileSync(resolve(root, 'entrypoints/policy-editor/index.html'), 'utf8')
  .replace(/\s*<script type="module" src="\.\/main\.ts"><\/script>/, '')
  // Functions as replacements: the code's own `$&` or `$'` must stay as they are.
  .replace('</head>', () => `    <style>${style}</style>\n  </head>`)
  .replace('</body>', () => `    <script>${script}</script>\n  </body>`);
mkdirSync(resolve(EDITOR_FILE, '..'), { recursive: true });
writeFileSync(EDITOR_FILE, page);
console.log(`policy editor as a file: ${EDITOR_FILE} (${Math.round(page.length / 1024)} kB)`);

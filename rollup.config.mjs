// Two builds from the same sources (see STYLE.md, "Build and tooling"):
//  - npm: one ES module per source file under dist/, lit and date-fns left to the app's bundler, .d.ts;
//  - CDN: dist/cdn/fairkit.js (self-registering ES module) and dist/cdn/fairkit.iife.js (classic
//    script, no globals), everything inside and minified.
// scripts/size.mjs reuses `cdnPlugins()` so its countdown-only bundle is built exactly like the CDN file.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const runtimeDeps = ['lit', 'date-fns', '@date-fns/tz', 'csv-parse'];

/** `lit`, `lit/decorators.js`, `date-fns/locale`, … stay imports in the npm build. */
export const isRuntimeDep = (id) =>
  runtimeDeps.some((dep) => id === dep || id.startsWith(`${dep}/`));

/** `src/elements/<tag>/*.ts`, without tests and declarations (Node 20 has no fs.glob). */
export function elementEntries(root = 'src/elements') {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((dir) => dir.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir.name))
        .filter((file) => file.endsWith('.ts') && !/\.(d|test|stories)\.ts$/.test(file))
        .map((file) => join(root, dir.name, file)),
    )
    .sort();
}

/**
 * Whitespace out of one piece of a `css` template: runs collapse to one space, and none is left
 * around `{ } ; , >` or after `:`. Quoted strings are kept as written; a space before `(` stays
 * (`not (…)` is not `not(…)`), and so does one next to an interpolation.
 */
export function minifyCssText(text) {
  return text
    .split(/('[^'\n]*'|"[^"\n]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            .replace(/([:(]) | (\))/g, '$1$2')
            .replace(/;}/g, '}')
            .replace(/([^\w.-])0\.(\d)/g, '$1.$2'),
    )
    .join('')
    .replace(/(\[[\w-]+[~|^$*]?=)'([A-Za-z][\w-]*)'\]/g, '$1$2]');
}

/** The modules that export Lit's `css` and `unsafeCSS`. */
const LIT_CSS_MODULES = new Set([
  'lit',
  'lit-element',
  'lit-element/lit-element.js',
  '@lit/reactive-element',
  '@lit/reactive-element/css-tag.js',
]);

/** The modules that export Lit's `html`. */
const LIT_HTML_MODULES = new Set(['lit', 'lit-html', 'lit-element', 'lit-element/lit-element.js']);

/** The local name a module gives an export of one of `modules`, if it imports it. */
function localName(program, modules, name) {
  return program.body
    .filter((node) => node.type === 'ImportDeclaration' && modules.has(node.source.value))
    .flatMap((node) => node.specifiers)
    .find((spec) => spec.type === 'ImportSpecifier' && spec.imported.name === name)?.local.name;
}

/** Every tagged template in `program` whose tag is the identifier `tag`. */
function taggedTemplates(program, tag) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      node.type === 'TaggedTemplateExpression' &&
      node.tag.type === 'Identifier' &&
      node.tag.name === tag
    ) {
      found.push(node);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  if (tag) visit(program);
  return found;
}

/**
 * Lit templates in our own sources, made smaller for the CDN build (terser leaves template text
 * alone):
 * - `css` text loses its whitespace (see {@link minifyCssText}); the CSSOM is the same;
 * - a `css` template without interpolations becomes `unsafeCSS(…)` of the same (cooked) text: the
 *   same CSSResult for a stylesheet written once at module level, and the bundle no longer needs
 *   `css` itself, which only checks interpolated values, with its long error message;
 * - in `html` templates, a run of white space that holds a line break (source indentation) becomes
 *   one line break: it renders as the same single space (or line break, under `pre-line`) as before;
 *   a character outside ASCII (★, ×, ‹) becomes an HTML character reference. With terser's
 *   `ascii_only` for strings, the CDN files are pure ASCII, so a page in GBK (old Chinese CMSs)
 *   that serves them without a charset still reads them right.
 */
function minifyLitTemplates() {
  const UNSAFE_CSS = '__litUnsafeCSS';
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\b(css|html)\s*`/.test(code)) return null;
      const program = this.parse(code);
      const edits = [];
      const cssTag = localName(program, LIT_CSS_MODULES, 'css');
      for (const node of taggedTemplates(program, cssTag)) {
        const { quasis } = node.quasi;
        quasis.forEach((quasi, i) => {
          let text = minifyCssText(code.slice(quasi.start, quasi.end));
          if (i === 0) text = text.trimStart();
          if (i === quasis.length - 1) text = text.trimEnd();
          edits.push([quasi.start, quasi.end, text]);
        });
        if (quasis.length === 1) {
          edits.push([node.tag.start, node.tag.end, `${UNSAFE_CSS}(`], [node.end, node.end, ')']);
        }
      }
      for (const node of taggedTemplates(program, localName(program, LIT_HTML_MODULES, 'html'))) {
        for (const quasi of node.quasi.quasis) {
          const text = code.slice(quasi.start, quasi.end);
          edits.push([
            quasi.start,
            quasi.end,
            text
              .replace(/[ \t]*\n\s*/g, '\n')
              .replace(/[^\0-\x7f]/gu, (char) => `&#x${char.codePointAt(0).toString(16)};`),
          ]);
        }
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      const unsafe = cssTag && out.includes(`${UNSAFE_CSS}(`);
      // Lines join or lose their indentation: the mapping of these modules is dropped.
      return {
        code: unsafe ? `import { unsafeCSS as ${UNSAFE_CSS} } from 'lit';\n${out}` : out,
        map: { mappings: '' },
      };
    },
  };
}

/** Plugins of the CDN build: all dependencies inside, Lit's production build, minified. */
export function cdnPlugins({ outDir = 'dist/cdn', sourceMap = true } = {}) {
  return [
    resolve({ browser: true, exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.json',
      noEmitOnError: true,
      outDir,
      declaration: false,
      declarationMap: false,
      sourceMap,
    }),
    minifyLitTemplates(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false, ascii_only: true },
    }),
  ];
}

/** TypeScript declares every file of the program; the CDN entries are not part of the npm API. */
function dropDeclarations(pattern) {
  return {
    name: 'drop-declarations',
    generateBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) if (pattern.test(name)) delete bundle[name];
    },
  };
}

const npmEntries = [
  'src/index.ts',
  'src/define.ts',
  'src/feed/index.ts',
  'src/placement-svg.ts',
  // The `fairkit` command (bin/fairkit.js); Node only, never in the CDN file.
  'src/cli/main.ts',
  ...elementEntries(),
];

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: npmEntries,
    external: (id) => isRuntimeDep(id) || id.startsWith('node:'),
    plugins: [
      resolve({ browser: true }),
      typescript({
        tsconfig: './tsconfig.json',
        noEmitOnError: true,
        outDir: 'dist',
        declaration: true,
        declarationDir: 'dist',
        declarationMap: true,
        sourceMap: true,
      }),
      dropDeclarations(/^cdn(-iife)?\.d\.ts(\.map)?$/),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // @rollup/plugin-typescript always imports its helpers (`__decorate`) from tslib; keep that
      // one small module as dist/tslib.js instead of a dist/node_modules/... path.
      entryFileNames: (chunk) =>
        /[\\/]node_modules[\\/]tslib[\\/]/.test(chunk.facadeModuleId ?? '')
          ? 'tslib.js'
          : '[name].js',
      sourcemap: true,
    },
  },
  {
    input: 'src/cdn.ts',
    plugins: cdnPlugins(),
    output: { file: 'dist/cdn/fairkit.js', format: 'es', sourcemap: true },
  },
  {
    // A classic <script>: registers the tags and exposes nothing else (STYLE: no globals).
    input: 'src/cdn-iife.ts',
    plugins: cdnPlugins(),
    output: { file: 'dist/cdn/fairkit.iife.js', format: 'iife', sourcemap: true },
  },
];

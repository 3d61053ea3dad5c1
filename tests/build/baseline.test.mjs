// The built CDN files against the browser baseline of docs/browser-support.md (Chrome and Edge 95,
// Firefox 93, Safari and iOS Safari 16.4): both parse as ES2022 (the module as a module, the
// classic script as a script), and neither uses an API that is newer than the baseline. APIs are
// found in the syntax tree (method calls, static members, free globals, option keys), never by a
// regex over the text, so a word in a string or a feed field of the same name is not a use.
// Runs in the build stage of `npm test`, after rollup, in plain Node.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
// acorn comes with terser (@rollup/plugin-terser) and ESLint; it checks syntax by ECMAScript year.
import { parse } from 'acorn';

const root = fileURLToPath(new URL('../../', import.meta.url));

const FILES = [
  ['dist/cdn/fairkit.js', 'module'],
  ['dist/cdn/fairkit.iife.js', 'script'],
];

/**
 * APIs newer than the baseline, each with the first versions that have it (Chrome / Firefox /
 * Safari). An entry leaves this list only together with a change of docs/browser-support.md: the
 * baseline moves up, or the API is used behind a feature check and listed there as progressive.
 *   method   `x.name(…)`              static   `Owner.name`
 *   global   a free identifier         option   a key in an object literal (`{ name: … }`)
 */
const NEWER = [
  ['method', 'findLast', 'Array.prototype.findLast', '97 / 104 / 15.4'],
  ['method', 'findLastIndex', 'Array.prototype.findLastIndex', '97 / 104 / 15.4'],
  ['method', 'toSorted', 'Array.prototype.toSorted', '110 / 115 / 16'],
  ['method', 'toReversed', 'Array.prototype.toReversed', '110 / 115 / 16'],
  ['method', 'toSpliced', 'Array.prototype.toSpliced', '110 / 115 / 16'],
  ['method', 'with', 'Array.prototype.with', '110 / 115 / 16'],
  ['method', 'isWellFormed', 'String.prototype.isWellFormed', '111 / 119 / 16.4'],
  ['method', 'toWellFormed', 'String.prototype.toWellFormed', '111 / 119 / 16.4'],
  ['method', 'union', 'Set.prototype.union', '122 / 127 / 17'],
  ['method', 'intersection', 'Set.prototype.intersection', '122 / 127 / 17'],
  ['method', 'difference', 'Set.prototype.difference', '122 / 127 / 17'],
  ['method', 'symmetricDifference', 'Set.prototype.symmetricDifference', '122 / 127 / 17'],
  ['method', 'isSubsetOf', 'Set.prototype.isSubsetOf', '122 / 127 / 17'],
  ['method', 'isSupersetOf', 'Set.prototype.isSupersetOf', '122 / 127 / 17'],
  ['method', 'isDisjointFrom', 'Set.prototype.isDisjointFrom', '122 / 127 / 17'],
  ['method', 'throwIfAborted', 'AbortSignal.prototype.throwIfAborted', '100 / 97 / 15.4'],
  ['method', 'randomUUID', 'crypto.randomUUID', '92 / 95 / 15.4'],
  ['method', 'showPicker', 'HTMLInputElement.prototype.showPicker', '99 / 101 / 16'],
  ['method', 'checkVisibility', 'Element.prototype.checkVisibility', '105 / 106 / 17.4'],
  ['method', 'showPopover', 'the popover API', '114 / 125 / 17'],
  ['method', 'togglePopover', 'the popover API', '114 / 125 / 17'],
  ['method', 'startViewTransition', 'document.startViewTransition', '111 / 144 / 18'],
  ['static', 'Object.groupBy', 'Object.groupBy', '117 / 119 / 17.4'],
  ['static', 'Map.groupBy', 'Map.groupBy', '117 / 119 / 17.4'],
  ['static', 'Promise.withResolvers', 'Promise.withResolvers', '119 / 121 / 17.4'],
  ['static', 'Promise.try', 'Promise.try', '128 / 134 / 18.2'],
  ['static', 'Array.fromAsync', 'Array.fromAsync', '121 / 115 / 16.4'],
  ['static', 'AbortSignal.timeout', 'AbortSignal.timeout', '103 / 100 / 16'],
  ['static', 'AbortSignal.any', 'AbortSignal.any', '116 / 124 / 17.4'],
  ['static', 'URL.canParse', 'URL.canParse', '120 / 115 / 17'],
  ['static', 'URL.parse', 'URL.parse', '126 / 126 / 18'],
  ['static', 'Intl.Segmenter', 'Intl.Segmenter', '87 / 125 / 14.1'],
  ['static', 'Intl.DurationFormat', 'Intl.DurationFormat', '129 / 136 / 16.4'],
  ['static', 'Intl.supportedValuesOf', 'Intl.supportedValuesOf', '99 / 93 / 15.4'],
  ['global', 'structuredClone', 'structuredClone()', '98 / 94 / 15.4'],
  ['global', 'requestIdleCallback', 'requestIdleCallback()', '47 / 55 / none'],
  ['global', 'Iterator', 'the Iterator global and its helpers', '122 / 131 / 18.4'],
  ['global', 'navigation', 'the Navigation API', '102 / none / none'],
  ['option', 'roundingMode', 'Intl.NumberFormat v3 options', '106 / 116 / 15.4'],
  ['option', 'roundingIncrement', 'Intl.NumberFormat v3 options', '106 / 116 / 15.4'],
  ['option', 'roundingPriority', 'Intl.NumberFormat v3 options', '106 / 116 / 15.4'],
  ['option', 'trailingZeroDisplay', 'Intl.NumberFormat v3 options', '106 / 116 / 15.4'],
];

/** Parses `code` as ES2022 or throws a SyntaxError that says where. */
function parse2022(code, sourceType) {
  return parse(code, { ecmaVersion: 2022, sourceType, locations: true });
}

/** Every name the program declares anywhere (minified code has no shadowing worth a scope tree). */
function declaredNames(ast) {
  const names = new Set();
  const pattern = (node) => {
    if (!node) return;
    if (node.type === 'Identifier') names.add(node.name);
    else if (node.type === 'ObjectPattern')
      node.properties.forEach((p) => pattern(p.type === 'RestElement' ? p.argument : p.value));
    else if (node.type === 'ArrayPattern') node.elements.forEach(pattern);
    else if (node.type === 'RestElement') pattern(node.argument);
    else if (node.type === 'AssignmentPattern') pattern(node.left);
  };
  walk(ast, (node) => {
    if (node.type === 'VariableDeclarator') pattern(node.id);
    if (/Function/.test(node.type)) {
      pattern(node.id);
      node.params.forEach(pattern);
    }
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') pattern(node.id);
    if (node.type === 'CatchClause') pattern(node.param);
    if (/^Import(Default|Namespace)?Specifier$/.test(node.type)) pattern(node.local);
  });
  return names;
}

/** Calls `visit(node, parent, key)` for every node; names that are not references are skipped. */
function walk(node, visit, parent = null, key = null) {
  if (!node || typeof node.type !== 'string') return;
  visit(node, parent, key);
  for (const [k, value] of Object.entries(node)) {
    if (k === 'loc') continue;
    const nonReference =
      (k === 'property' && node.type === 'MemberExpression' && !node.computed) ||
      (k === 'key' &&
        !node.computed &&
        /^(Property|MethodDefinition|PropertyDefinition)$/.test(node.type)) ||
      (k === 'label' && /^(Labeled|Break|Continue)Statement$/.test(node.type)) ||
      (k === 'exported' && node.type === 'ExportSpecifier');
    if (nonReference && value?.type === 'Identifier') continue;
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit, node, k));
    else if (value && typeof value === 'object') walk(value, visit, node, k);
  }
}

const nameOf = (node) =>
  node?.type === 'Identifier' ? node.name : node?.type === 'Literal' ? String(node.value) : null;

/**
 * The APIs of {@link NEWER} that `code` uses: `{ api, since, at, near }` each, `at` being
 * `line:column`. Throws when `code` does not parse as ES2022.
 */
export function newerApis(code, sourceType = 'module') {
  const ast = parse2022(code, sourceType);
  const declared = declaredNames(ast);
  const found = [];
  const hit = ([, , api, since], node) =>
    found.push({
      api,
      since,
      at: `${node.loc.start.line}:${node.loc.start.column + 1}`,
      near: code.slice(Math.max(0, node.start - 30), node.end + 30).replace(/\s+/g, ' '),
    });
  walk(ast, (node, parent) => {
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') {
      const name = node.callee.computed ? nameOf(node.callee.property) : node.callee.property.name;
      for (const entry of NEWER)
        if (entry[0] === 'method' && entry[1] === name) hit(entry, node.callee);
    }
    if (node.type === 'MemberExpression') {
      const owner = nameOf(node.object);
      const name = node.computed ? nameOf(node.property) : node.property.name;
      for (const entry of NEWER)
        if (entry[0] === 'static' && entry[1] === `${owner}.${name}`) hit(entry, node);
    }
    if (node.type === 'Identifier' && !declared.has(node.name)) {
      for (const entry of NEWER)
        if (entry[0] === 'global' && entry[1] === node.name) hit(entry, node);
    }
    if (node.type === 'Property' && parent?.type === 'ObjectExpression') {
      const name = node.computed ? null : nameOf(node.key);
      for (const entry of NEWER) if (entry[0] === 'option' && entry[1] === name) hit(entry, node);
    }
  });
  return found;
}

/** A failure message for `file`: one line per API use. */
function report(file, found) {
  return (
    `${file} uses ${found.length} API(s) newer than the baseline in docs/browser-support.md ` +
    '(Chrome/Edge 95, Firefox 93, Safari 16.4):\n' +
    found
      .map(
        (f) => `  ${f.api} (first in Chrome / Firefox / Safari ${f.since}) at ${f.at}: …${f.near}…`,
      )
      .join('\n')
  );
}

for (const [file, sourceType] of FILES) {
  const code = readFileSync(`${root}${file}`, 'utf8');

  test(`${file} parses as an ES2022 ${sourceType}`, () => {
    try {
      parse2022(code, sourceType);
    } catch (error) {
      const at = error.pos ?? 0;
      assert.fail(
        `${file} does not parse as an ES2022 ${sourceType} (${error.message}), near ` +
          `"${code.slice(Math.max(0, at - 40), at + 40)}": browsers at the baseline cannot run it`,
      );
    }
  });

  test(`${file} uses no API newer than the documented baseline`, () => {
    const found = newerApis(code, sourceType);
    assert.equal(found.length, 0, report(file, found));
  });

  // A GBK page (old Chinese CMSs) reads a script served without a charset as GBK: only ASCII
  // survives that (rollup.config.mjs escapes strings and template text).
  test(`${file} is pure ASCII, so a page in any encoding reads it right`, () => {
    const at = code.search(/[^\0-\x7f]/u);
    assert.equal(at, -1, `non-ASCII "${code.slice(Math.max(0, at - 30), at + 5)}"`);
  });
}

// Controls: the two checks above can fail.

test('control: syntax newer than ES2022 (a RegExp v flag) is rejected', () => {
  assert.throws(() => parse2022('const re = /[\\p{L}--[a-z]]/v;', 'module'), SyntaxError);
});

test('control: each kind of newer API is found, with its name and position', () => {
  const snippet = [
    'const a = [3, 1].toSorted();',
    'const b = Object.groupBy(a, (n) => n % 2);',
    'const c = structuredClone(b);',
    'const d = new Intl.NumberFormat("en", { roundingMode: "floor" });',
  ].join('\n');
  const found = newerApis(snippet);
  assert.deepEqual(
    found.map((f) => `${f.api} ${f.at}`),
    [
      'Array.prototype.toSorted 1:11',
      'Object.groupBy 2:11',
      'structuredClone() 3:11',
      'Intl.NumberFormat v3 options 4:41',
    ],
  );
  assert.match(report('snippet.js', found), /snippet\.js uses 4 API\(s\)/);
});

test('control: same-named data, declared names and strings are not API uses', () => {
  const snippet = [
    'const feed = { union: 1, timeout: 2 };',
    'const x = feed.union + feed.timeout + "toSorted";',
    'function f(structuredClone) { return structuredClone; }',
  ].join('\n');
  assert.deepEqual(newerApis(snippet), []);
});

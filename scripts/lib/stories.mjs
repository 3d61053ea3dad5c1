// The stories of a CSF file as Storybook 10 lists them (name, id, description), read with the
// TypeScript compiler API: the story files import elements and need a DOM, so they are parsed,
// never run. Only what can be read without running the file: literal titles, names and args.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

// storybook/internal/csf (src/csf/toStartCaseStr.ts and csf-utils.ts), copied so the ids match.
/** The name Storybook shows for an export without `name`: `ToSVG` → "To SVG". */
export function storyNameFromExport(key) {
  return key
    .replace(/_/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\./g, ' ')
    .replace(/([^\n])([A-Z])([a-z])/g, (_, a, b, c) => `${a} ${b}${c}`)
    .replace(/([a-z])([A-Z])/g, (_, a, b) => `${a} ${b}`)
    .replace(/([a-z])([0-9])/gi, (_, a, b) => `${a} ${b}`)
    .replace(/([0-9])([a-z])/gi, (_, a, b) => `${a} ${b}`)
    .replace(/(\s|^)(\w)/g, (_, a, b) => `${a}${b.toUpperCase()}`)
    .replace(/ +/g, ' ')
    .trim();
}

/** Storybook's id part: lower case, punctuation and spaces to single dashes. */
export const sanitize = (text) =>
  text
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');

/** A story's id: the title (or meta `id`) and the export's start-cased name, not its `name`. */
export const storyId = (title, exportName) =>
  `${sanitize(title)}--${sanitize(storyNameFromExport(exportName))}`;

/** `x satisfies T`, `x as T`, `(x)` → x. */
function unwrap(node) {
  while (
    node &&
    (ts.isSatisfiesExpression(node) ||
      ts.isAsExpression(node) ||
      ts.isParenthesizedExpression(node) ||
      ts.isTypeAssertionExpression(node))
  )
    node = node.expression;
  return node;
}

const propName = (p) =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name)) ? p.name.text : undefined;

/** The value of property `name` of an object literal, or undefined. */
function prop(object, name) {
  if (!object || !ts.isObjectLiteralExpression(object)) return undefined;
  const found = object.properties.find((p) => ts.isPropertyAssignment(p) && propName(p) === name);
  return found ? unwrap(found.initializer) : undefined;
}

const stringOf = (node) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    ? node.text
    : undefined;

/** A JSDoc comment's text as one paragraph (Markdown kept), or undefined. */
function jsDocText(node) {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join(' ');
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/** `include`/`excludeStories`: an array of names or a regular expression literal. */
function matcher(node) {
  if (!node) return undefined;
  if (ts.isArrayLiteralExpression(node)) {
    const names = node.elements.map(stringOf);
    return (key) => names.includes(key);
  }
  if (ts.isRegularExpressionLiteral(node)) {
    const [, source, flags] = /^\/(.*)\/([a-z]*)$/s.exec(node.text);
    const re = new RegExp(source, flags);
    return (key) => re.test(key);
  }
  return undefined;
}

/** A story's own args as attributes: `fair="spring-2027"`, `sync-url`, `.feed=${spring}`. */
function argsAsAttributes(args, sourceFile) {
  if (!args || !ts.isObjectLiteralExpression(args)) return '';
  return args.properties
    .map((p) => {
      if (!ts.isPropertyAssignment(p)) return `…${p.getText(sourceFile)}`;
      const name = propName(p) ?? p.name.getText(sourceFile);
      const value = unwrap(p.initializer);
      const text = stringOf(value);
      if (text !== undefined) return `${name}="${text}"`;
      if (ts.isNumericLiteral(value)) return `${name}="${value.text}"`;
      if (value.kind === ts.SyntaxKind.TrueKeyword) return name;
      if (value.kind === ts.SyntaxKind.FalseKeyword) return `${name}=false`;
      if (ts.isIdentifier(value) && value.text === 'undefined') return `no ${name}`;
      return `.${name}=\${${value.getText(sourceFile).replace(/\s+/g, ' ')}}`;
    })
    .join(' ');
}

/**
 * The stories of one CSF file, in file order: `{ title, stories: [{ exportName, name, id,
 * description, args }] }`. `description` is the story's `parameters.docs.description.story`, else
 * its JSDoc comment (what Storybook's docs show); `args` its own args written as attributes.
 */
export function readStories(file) {
  const sourceFile = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const variables = new Map();
  const exported = [];
  let meta;
  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement)) {
      const isExported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      for (const decl of statement.declarationList.declarations) {
        if (!ts.isIdentifier(decl.name)) continue;
        variables.set(decl.name.text, decl);
        if (isExported) exported.push({ statement, decl });
      }
    } else if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      meta = unwrap(statement.expression);
    }
  }
  if (meta && ts.isIdentifier(meta)) meta = unwrap(variables.get(meta.text)?.initializer);
  const title = stringOf(prop(meta, 'title'));
  if (!title) throw new Error(`${file}: no literal \`title\` in the default export`);
  const idBase = stringOf(prop(meta, 'id')) ?? title;
  const include = matcher(prop(meta, 'includeStories'));
  const exclude = matcher(prop(meta, 'excludeStories'));

  const stories = exported
    .filter(({ decl }) => {
      const key = decl.name.text;
      return (!include || include(key)) && (!exclude || !exclude(key));
    })
    .map(({ statement, decl }) => {
      const exportName = decl.name.text;
      const story = unwrap(decl.initializer);
      const docs = stringOf(
        prop(prop(prop(prop(story, 'parameters'), 'docs'), 'description'), 'story'),
      );
      return {
        exportName,
        name:
          stringOf(prop(story, 'name')) ??
          stringOf(prop(story, 'storyName')) ??
          storyNameFromExport(exportName),
        id: storyId(idBase, exportName),
        description: docs?.replace(/\s+/g, ' ').trim() || jsDocText(statement),
        args: argsAsAttributes(prop(story, 'args'), sourceFile),
      };
    });
  return { title, stories };
}

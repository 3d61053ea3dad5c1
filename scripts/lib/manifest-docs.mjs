// Markdown from custom-elements.json (npm run manifest), shared by scripts/readme-api.mjs (the
// README's table of elements) and scripts/element-docs.mjs (a page per element).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** The manifest's custom elements, by tag: `[{ decl, path }]`; throws when there is no manifest. */
export function readElements(file = 'custom-elements.json') {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run manifest\``);
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  return manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).map((decl) => ({ decl, path: mod.path })))
    .filter(({ decl }) => decl.customElement && decl.tagName)
    .sort((a, b) => a.decl.tagName.localeCompare(b.decl.tagName));
}

/** A table cell: one line, pipes escaped. */
export const cell = (value) =>
  value === undefined || value === null || value === ''
    ? ''
    : String(value)
        .replace(/\s*\n\s*/g, ' ')
        .replace(/\|/g, '\\|')
        .trim();

export const code = (value) =>
  value === undefined || value === null || value === '' ? '' : `\`${cell(value)}\``;

/** A Markdown table and a blank line; nothing without rows. Columns no row fills are left out. */
export function table(allHeaders, allRows) {
  if (!allRows.length) return [];
  const keep = allHeaders.map((_, i) => i === 0 || allRows.some((row) => row[i]));
  const headers = allHeaders.filter((_, i) => keep[i]);
  const rows = allRows.map((row) => row.filter((_, i) => keep[i]));
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

// The Lit plugin marks properties from `static properties` `privacy: "public"`; decorated ones
// carry no privacy at all.
const isPublic = (m) =>
  (!m.privacy || m.privacy === 'public') &&
  !m.static &&
  !m.name.startsWith('#') &&
  !m.name.startsWith('_');

/** `search(text: string): void`, `toSVG(variant?: BadgeVariant): string | null`. */
function signature(method) {
  const params = (method.parameters ?? []).map(
    (p) =>
      `${p.rest ? '...' : ''}${p.name}${p.optional || p.default ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`,
  );
  return `${method.name}(${params.join(', ')})${method.return?.type?.text ? `: ${method.return.type.text}` : ''}`;
}

/** Files under `dir` ending in `.ts` (Node 20 has no fs.glob). */
const tsFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map((file) => join(dir, String(file)))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'));

/**
 * Event detail types from the sources, since `@fires` tags carry none: each
 * `HTMLElementEventMap` entry (`'fair-booth-select': CustomEvent<FairBoothSelectDetail>`) with
 * the detail interface's fields written out. A Map from event name to
 * `{ name: 'FairBoothSelectDetail', shape: '{ boothId: string | undefined; … }' }`.
 */
export function eventDetails(dir = 'src') {
  const interfaces = new Map();
  const events = new Map();
  for (const file of tsFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node) => {
      if (ts.isInterfaceDeclaration(node)) {
        if (node.name.text === 'HTMLElementEventMap') {
          for (const member of node.members) {
            const type = member.type;
            if (!ts.isPropertySignature(member) || !type || !ts.isStringLiteral(member.name))
              continue;
            const detail =
              ts.isTypeReferenceNode(type) &&
              type.typeName.getText(source) === 'CustomEvent' &&
              type.typeArguments?.length === 1
                ? type.typeArguments[0].getText(source)
                : undefined;
            if (detail) events.set(member.name.text, detail);
          }
        } else if (!node.heritageClauses && !node.typeParameters) {
          const fields = node.members.filter(ts.isPropertySignature).map((m) => {
            const type = m.type?.getText(source).replace(/\s+/g, ' ') ?? 'unknown';
            return `${m.name.getText(source)}${m.questionToken ? '?' : ''}: ${type}`;
          });
          interfaces.set(node.name.text, `{ ${fields.join('; ')} }`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return new Map(
    [...events].map(([event, name]) => [event, { name, shape: interfaces.get(name) }]),
  );
}

/** `CustomEvent<X>` (a manifest type) → X. */
const detailOf = (typeText) => /^CustomEvent<(.+)>$/s.exec(typeText ?? '')?.[1];

/**
 * The API of one element as Markdown sections (`heading` is their level, `###` by default):
 * attributes, properties, methods, events, parts, CSS custom properties, slots. `details` is
 * {@link eventDetails}.
 */
export function apiSections(el, { heading = '###', details = new Map() } = {}) {
  const members = (el.members ?? []).filter(isPublic);
  const detail = (event) => {
    const found = details.get(event.name);
    const name = detailOf(event.type?.text) ?? found?.name;
    const shape = found && found.name === name ? found.shape : undefined;
    return [code(name), code(shape)].filter(Boolean).join(' ');
  };
  const sections = [
    [
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (el.attributes ?? []).map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.type?.text),
        code(a.default),
        cell(a.description),
      ]),
    ],
    [
      'Properties',
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      members
        .filter((m) => m.kind === 'field')
        .map((p) => [
          code(p.name),
          code(p.attribute),
          code(p.type?.text),
          code(p.default),
          [p.readonly ? '(read-only)' : '', cell(p.description)].filter(Boolean).join(' '),
        ]),
    ],
    [
      'Methods',
      ['Method', 'Description'],
      members
        .filter((m) => m.kind === 'method')
        .map((m) => [
          code(signature(m)),
          [
            cell(m.description),
            ...(m.parameters ?? [])
              .filter((p) => p.description)
              .map((p) => `\`${p.name}\`: ${cell(p.description)}.`),
          ]
            .filter(Boolean)
            .join(' '),
        ]),
    ],
    [
      'Events',
      ['Event', 'Detail', 'Description'],
      (el.events ?? [])
        .filter((e) => e.name)
        .map((e) => [code(e.name), detail(e), cell(e.description)]),
    ],
    [
      'Parts',
      ['Part', 'Description'],
      (el.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ],
    [
      'CSS custom properties',
      ['Property', 'Default', 'Description'],
      (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ],
    [
      'Slots',
      ['Slot', 'Description'],
      (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ],
  ];
  return sections.flatMap(([title, headers, rows]) =>
    rows.length ? [`${heading} ${title}`, '', ...table(headers, rows)] : [],
  );
}

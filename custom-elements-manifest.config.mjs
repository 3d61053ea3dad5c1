// `npm run manifest`: custom-elements.json at the repo root, read by Storybook's autodocs,
// scripts/readme-api.mjs and editors (package.json "customElements"). Generated, gitignored.

/**
 * Element classes register nothing themselves (STYLE): src/define.ts calls
 * `defineElement('fair-x', FairX)`, which the analyzer does not recognise, so it would leave
 * `tagName` out and autodocs would find no element. This plugin reads those calls, and falls back
 * to the folder convention `src/elements/<tag>/<tag>.ts`.
 */
function fairkitTagNames() {
  const tagOf = new Map(); // class name -> tag
  return {
    name: 'fairkit-tag-names',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const [tag, ctor] = node.arguments;
      if (
        ts.isIdentifier(callee) &&
        callee.text === 'defineElement' &&
        tag &&
        ts.isStringLiteralLike(tag) &&
        ctor &&
        ts.isIdentifier(ctor)
      ) {
        tagOf.set(ctor.text, tag.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        // `customElements.define(tag, ctor)` inside defineElement itself is not a definition.
        const classes = new Set((mod.declarations ?? []).map((d) => d.name));
        mod.exports = mod.exports?.filter(
          (e) =>
            e.kind !== 'custom-element-definition' ||
            e.declaration.module !== mod.path ||
            classes.has(e.declaration.name),
        );
        const folder = /^src\/elements\/([a-z0-9-]+)\/\1\.ts$/.exec(mod.path)?.[1];
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || decl.tagName) continue;
          const tagName = tagOf.get(decl.name) ?? folder;
          if (!tagName) continue;
          decl.tagName = tagName;
          mod.exports ??= [];
          if (
            !mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tagName)
          ) {
            mod.exports.push({
              kind: 'custom-element-definition',
              name: tagName,
              declaration: { name: decl.name, module: mod.path },
            });
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/**/*.d.ts',
    'src/cdn.ts',
    'src/cdn-iife.ts',
    // The command line: Node modules, no elements.
    'src/cli/**',
  ],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; do not let the analyzer rewrite it.
  packagejson: false,
  plugins: [fairkitTagNames()],
};

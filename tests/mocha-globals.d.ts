// Types for the Mocha globals @web/test-runner provides to tests/core and tests/elements, for
// `npm test`'s typecheck (tsconfig.check.json), without a dependency on @types/mocha.
// Node tests import describe/it from node:test, whose bindings shadow these.

interface MochaContext {
  timeout(ms: number): this;
  slow(ms: number): this;
  retries(n: number): this;
  skip(): never;
}
type MochaDone = (error?: unknown) => void;
type MochaFunc = (this: MochaContext, done: MochaDone) => void | PromiseLike<unknown>;
interface MochaTestFunction {
  (title: string, fn?: MochaFunc): void;
  only(title: string, fn?: MochaFunc): void;
  skip(title: string, fn?: MochaFunc): void;
}
interface MochaSuiteFunction {
  (title: string, fn: (this: MochaContext) => void): void;
  only(title: string, fn: (this: MochaContext) => void): void;
  skip(title: string, fn: (this: MochaContext) => void): void;
}
interface MochaHookFunction {
  (fn: MochaFunc): void;
  (name: string, fn: MochaFunc): void;
}

declare const describe: MochaSuiteFunction;
declare const context: MochaSuiteFunction;
declare const it: MochaTestFunction;
declare const specify: MochaTestFunction;
declare const before: MochaHookFunction;
declare const after: MochaHookFunction;
declare const beforeEach: MochaHookFunction;
declare const afterEach: MochaHookFunction;

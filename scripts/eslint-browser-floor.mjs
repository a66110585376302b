// An ESLint rule for what eslint-plugin-compat does not see: static members
// of Web APIs and built-ins (`URL.parse`, `AbortSignal.any`, `Response.json`,
// `Promise.withResolvers`), whose MDN data eslint-plugin-compat leaves out.
// It checks each against the browser floor (package.json `browserslist`) in
// MDN's browser-compat-data, and lets a use through behind a check:
// `X.y?.(…)`, `typeof X.y`, or anywhere under `if (X.y)`, `X.y ? … : …`,
// `X.y && …`.
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { floorVersions } from './browser-floor.mjs';

/** Whether MDN says `browser` has the feature from `version` on, without a flag, prefix or other name. */
function supported(compat, browser, version) {
  const statements = [compat.support[browser] ?? []].flat();
  return statements.some(
    (statement) =>
      !statement.flags &&
      !statement.prefix &&
      !statement.alternative_name &&
      typeof statement.version_added === 'string' &&
      parseFloat(statement.version_added.replace('≤', '')) <= version &&
      !(parseFloat(statement.version_removed) <= version),
  );
}

/** MDN's data for the static member `object.property`, if it has any. */
function staticMember(object, property) {
  return (bcd.api[object]?.[`${property}_static`] ?? bcd.javascript.builtins[object]?.[property])?.__compat;
}

/**
 * Whether `node` is checked before it is used: `typeof X.y`, `X.y?.(…)`, or
 * under a condition that mentions it: `if (X.y)` and its `then` branch,
 * `X.y ? … : …` and its first branch, `X.y && …`.
 */
function isGuarded(node, sourceCode) {
  const { parent } = node;
  if (parent.type === 'UnaryExpression' && parent.operator === 'typeof') return true;
  if (parent.type === 'CallExpression' && parent.callee === node && parent.optional) return true;
  const text = sourceCode.getText(node);
  for (let child = node, ancestor = parent; ancestor; child = ancestor, ancestor = ancestor.parent) {
    const branchingOnIt =
      ((ancestor.type === 'IfStatement' || ancestor.type === 'ConditionalExpression') &&
        child !== ancestor.alternate) ||
      (ancestor.type === 'LogicalExpression' && ancestor.operator === '&&');
    const test = ancestor.type === 'LogicalExpression' ? ancestor.left : ancestor.test;
    if (branchingOnIt && sourceCode.getText(test).includes(text)) return true;
  }
  return false;
}

const staticMembers = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Static members of Web APIs and built-ins above the browser floor, unless behind a check',
    },
    schema: [],
    messages: {
      aboveFloor:
        '{{name}} is not in {{browsers}} (the floor in package.json "browserslist"): use it behind a check, with a fallback.',
    },
  },
  create(context) {
    const floor = floorVersions();
    const { sourceCode } = context;
    return {
      MemberExpression(node) {
        if (node.computed || node.object.type !== 'Identifier' || node.property.type !== 'Identifier') return;
        const object = node.object.name;
        // A local variable of that name is not the global.
        const variable = sourceCode
          .getScope(node)
          .references.find((ref) => ref.identifier === node.object)?.resolved;
        if (variable && variable.defs.length > 0) return;
        const compat = staticMember(object, node.property.name);
        if (!compat) return;
        const missing = Object.entries(floor)
          .filter(([browser, version]) => !supported(compat, browser, version))
          .map(([browser, version]) => `${bcd.browsers[browser].name} ${version}`);
        if (missing.length === 0 || isGuarded(node, sourceCode)) return;
        context.report({
          node,
          messageId: 'aboveFloor',
          data: { name: `${object}.${node.property.name}`, browsers: missing.join(', ') },
        });
      },
    };
  },
};

export default { rules: { 'static-members': staticMembers } };

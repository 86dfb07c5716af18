import { Kind, print, type ASTVisitor, type GraphQLInputType, type ValidationContext } from 'graphql';
import { isCalendarDate } from './args.ts';
import { badUserInput } from './errors.ts';

/**
 * Date literals written into the query text are checked here rather than by the `Date` scalar's
 * parseLiteral, which cannot know the argument: a bad one is BAD_USER_INPUT naming the argument
 * (dotted path for input fields, e.g. `filter.established.from`), like a bad date sent as a variable.
 */
export function dateArgumentsRule(context: ValidationContext): ASTVisitor {
  const path: string[] = [];
  const check = (node: Parameters<typeof print>[0] & { kind: Kind }) => {
    const type = context.getInputType();
    if (!type || namedTypeName(type) !== 'Date' || node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return;
    if (node.kind === Kind.LIST) return;
    const valid = node.kind === Kind.STRING && isCalendarDate(node.value);
    if (!valid) context.reportError(badUserInput(path.join('.'), `expected a calendar date as "YYYY-MM-DD", got ${print(node)}`, { expected: 'YYYY-MM-DD', found: print(node) }));
  };
  return {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    StringValue: check,
    IntValue: check,
    FloatValue: check,
    BooleanValue: check,
    EnumValue: check,
    ObjectValue: check,
  };
}

/**
 * The named type under list and non-null wrappers, by duck typing: Apollo validates with its own copy
 * of graphql (CommonJS), whose type objects fail graphql-js' realm checks in our (ESM) copy.
 */
function namedTypeName(type: GraphQLInputType): string {
  let inner: unknown = type;
  while (typeof inner === 'object' && inner !== null && 'ofType' in inner && inner.ofType) inner = inner.ofType;
  return (inner as { name?: string }).name ?? '';
}

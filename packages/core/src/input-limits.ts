import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import { badInput } from './errors.ts';

/**
 * Limits on what a client may send, checked for every field from its SDL before its resolver runs
 * (guard.ts), so no resolver stores a 900,000-character name or a NUL byte:
 * - a String is at most DEFAULT_LIMITS.length characters, an ID at most DEFAULT_LIMITS.idLength;
 * - a list has at most DEFAULT_LIMITS.items items;
 * - no control characters (C0, DEL, C1), except line breaks and tabs where `multiline: true`;
 * - `@limit(length: n, items: n, multiline: true)` on an argument or input field overrides these
 *   (on a list of strings, `length` is each item's);
 * - internal (`@inaccessible`) fields are our own services' calls: they carry JIRA's data and
 *   webhook bodies, and are not limited.
 * A refusal is BAD_USER_INPUT naming the argument's path (`input.roleMapping.0.claimValue`).
 */
export const DEFAULT_LIMITS = { length: 1_000, idLength: 100, items: 100 } as const;

interface Limit {
  length?: number;
  items?: number;
  multiline?: boolean;
}

type Check = (value: unknown, path: string) => void;

// Control characters are exactly what these look for.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Length in characters (code points), as a person counts them; only counted when the UTF-16 length is over. */
const charLength = (s: string, max: number) => (s.length <= max ? s.length : [...s].length);

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function limitOf(node: { directives?: readonly ConstDirectiveNode[] } | null | undefined, where: string): Limit {
  const directive = node?.directives?.find((d) => d.name.value === 'limit');
  if (!directive) return {};
  const limit: Limit = {};
  for (const arg of directive.arguments ?? []) {
    const name = arg.name.value;
    if ((name === 'length' || name === 'items') && arg.value.kind === 'IntValue') limit[name] = Number(arg.value.value);
    else if (name === 'multiline' && arg.value.kind === 'BooleanValue') limit.multiline = arg.value.value;
    else throw new Error(`@limit on ${where}: ${name} must be length: Int, items: Int or multiline: Boolean`);
  }
  return limit;
}

function stringCheck(maxLength: number, multiline: boolean): Check {
  const control = multiline ? CONTROL_BUT_LINES : CONTROL;
  return (value, path) => {
    if (typeof value !== 'string') return;
    const length = charLength(value, maxLength);
    if (length > maxLength) throw badInput(`${path} is ${length} characters long; at most ${maxLength} are allowed`, path);
    const bad = control.exec(value);
    if (bad)
      throw badInput(
        `${path} contains a control character (${hex(bad[0])}); ${multiline ? 'only line breaks and tabs are allowed' : 'use printable text on one line'}`,
        path,
      );
  };
}

/** The check of a value of `type` under `limit`; null when nothing in it is limited (numbers, enums, other scalars). */
function checkFor(type: GraphQLInputType, limit: Limit, where: string, objects: Map<string, Check | null>): Check | null {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const item = checkFor(inner.ofType, { length: limit.length, multiline: limit.multiline }, where, objects);
    const maxItems = limit.items ?? DEFAULT_LIMITS.items;
    return (value, path) => {
      if (!Array.isArray(value)) return item?.(value, path); // a single value stands for a list of one
      if (value.length > maxItems) throw badInput(`${path} has ${value.length} items; at most ${maxItems} are allowed`, path);
      if (item) value.forEach((v, i) => item(v, `${path}.${i}`));
    };
  }
  if (isScalarType(inner)) {
    if (inner.name === 'String') return stringCheck(limit.length ?? DEFAULT_LIMITS.length, !!limit.multiline);
    if (inner.name === 'ID') return stringCheck(limit.length ?? DEFAULT_LIMITS.idLength, false);
    return null;
  }
  if (isInputObjectType(inner)) {
    if (objects.has(inner.name)) {
      // Being built (a recursive input type) or built: look it up when a value comes.
      return (value, path) => objects.get(inner.name)?.(value, path);
    }
    objects.set(inner.name, null);
    const fields = Object.values(inner.getFields())
      .map((f: GraphQLInputField) => [f.name, checkFor(f.type, limitOf(f.astNode, `${inner.name}.${f.name}`), `${inner.name}.${f.name}`, objects)] as const)
      .filter((entry): entry is readonly [string, Check] => !!entry[1]);
    const check: Check | null = fields.length
      ? (value, path) => {
          if (!value || typeof value !== 'object') return;
          for (const [name, field] of fields) field((value as Record<string, unknown>)[name], `${path}.${name}`);
        }
      : null;
    objects.set(inner.name, check);
    return check;
  }
  return null;
}

/**
 * The check of a field's arguments (throws BAD_USER_INPUT), or null when it takes nothing limited.
 * `objects` caches the checks of input types across the schema's fields.
 */
export function argumentLimits(
  field: GraphQLField<unknown, unknown>,
  typeName: string,
  objects = new Map<string, Check | null>(),
): ((args: Record<string, unknown>) => void) | null {
  if (field.astNode?.directives?.some((d) => d.name.value === 'inaccessible')) return null;
  const checks = field.args
    .map(
      (arg: GraphQLArgument) =>
        [arg.name, checkFor(arg.type, limitOf(arg.astNode, `${typeName}.${field.name}(${arg.name})`), `${typeName}.${field.name}`, objects)] as const,
    )
    .filter((entry): entry is readonly [string, Check] => !!entry[1]);
  if (!checks.length) return null;
  return (args) => {
    for (const [name, check] of checks) check(args[name], name);
  };
}

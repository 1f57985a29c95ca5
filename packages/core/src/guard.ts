import { defaultFieldResolver, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { forbidden, unauthenticated } from './errors.ts';
import { roleIncludes, roles, type Identity, type Role, type TeamRole } from './identity.ts';
import { argumentLimits } from './input-limits.ts';

/**
 * Who may use a field, declared in the subgraph's SDL and enforced here for every subgraph alike:
 * - `@public`: anyone, signed in or not (sign-in itself);
 * - `@auth(role: R)`: a user whose tenant role includes R (ADMIN ⊃ MANAGER ⊃ MEMBER ⊃ VIEWER);
 * - `@inaccessible` root fields: our own services only (the router never exposes them);
 * - any other root field, and `_entities`: any signed-in user.
 * Service identities pass role checks: they are our own code acting for a tenant.
 */
export type Rule = { kind: 'public' } | { kind: 'service' } | { kind: 'signed-in' } | { kind: 'role'; role: Role };

export function ruleOf(field: GraphQLField<unknown, unknown>, isRoot: boolean): Rule | null {
  const directives = field.astNode?.directives ?? [];
  const named = (name: string) => directives.find((d) => d.name.value === name);
  if (named('public')) return { kind: 'public' };
  const auth = named('auth');
  if (auth) {
    const arg = auth.arguments?.find((a) => a.name.value === 'role')?.value;
    const role = arg && arg.kind === 'EnumValue' ? (arg.value as Role) : undefined;
    if (!role || !roles.includes(role)) throw new Error(`@auth on ${field.name} needs role: one of ${roles.join(', ')}`);
    return { kind: 'role', role };
  }
  if (!isRoot) return null;
  if (named('inaccessible')) return { kind: 'service' };
  return { kind: 'signed-in' };
}

/** The error that stops `identity` from using a field under `rule`, or null when it may. */
export function refusal(rule: Rule, identity: Identity, fieldName: string) {
  if (rule.kind === 'public' || identity.kind === 'service') return null;
  if (rule.kind === 'service') return forbidden(`${fieldName} is internal to Sprint Reports`);
  if (identity.kind !== 'user') return unauthenticated(`Sign in to use ${fieldName}`);
  if (rule.kind === 'role' && !roleIncludes(identity.role, rule.role)) return forbidden(`${fieldName} needs the ${rule.role} role; you are ${identity.role}`);
  return null;
}

/** The rule of a field, as the guard applies it (null: anyone who may reach the field). */
export function ruleFor(schema: GraphQLSchema, typeName: string, fieldName: string): Rule | null {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return null;
  const field = type.getFields()[fieldName];
  if (!field) return null;
  if (fieldName === '_service' || fieldName === '_entities') return { kind: 'signed-in' };
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return ruleOf(field, roots.includes(type));
}

/**
 * Wraps every field that has a rule with its check, and every field whose arguments take text with
 * their limits (input-limits.ts), in that order (in place: the schema is built just before).
 */
export function guardSchema(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  const inputTypes = new Map();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = ruleFor(schema, type.name, field.name);
      const limits = field.name === '_entities' || field.name === '_service' ? null : argumentLimits(field, type.name, inputTypes);
      if (!rule && !limits) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const name = roots.has(type) ? field.name : `${type.name}.${field.name}`;
      field.resolve = (source, args, context: { identity: Identity }, info) => {
        const error = rule && refusal(rule, context.identity, name);
        if (error) throw error;
        limits?.(args);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

/**
 * Team-scoped writes (capacity, queues, reports): admins may change any team; others need a tenant
 * role that includes `role` and that role in the team itself.
 */
export function requireTeamRole(identity: Identity, teamId: string, role: TeamRole = 'MANAGER') {
  if (identity.kind === 'service') return;
  if (identity.kind !== 'user') throw unauthenticated('Sign in first');
  if (identity.role === 'ADMIN') return;
  const teamRole = identity.teams[teamId];
  if (roleIncludes(identity.role, role) && teamRole && roleIncludes(teamRole, role)) return;
  throw forbidden(`This needs the ${role} role in team ${teamId}`);
}

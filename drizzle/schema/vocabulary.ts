/**
 * The values of an SDL enum as a list for drizzle's text enums and check constraints. The SDL's
 * type comes from core's generated vocabulary (packages/core/src/__generated__/); the list's type
 * fails the build when it misses a value the SDL has or holds one the SDL lacks, so a table never
 * drifts from the API (a changed enum then needs a migration that widens the column's check).
 */
export const valuesOf =
  <Sdl extends string>() =>
  <const List extends readonly Sdl[]>(list: List & ([Sdl] extends [List[number]] ? unknown : { missing: Exclude<Sdl, List[number]> })): List =>
    list;

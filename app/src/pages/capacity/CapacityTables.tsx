import { Link } from 'react-router';
import type { SprintCapacityFieldsFragment } from '../../gql/graphql.ts';
import { amount, hours, percent } from '../../format.ts';
import { TableScroll } from '../../TableScroll.tsx';
import { DaysOffForm } from './DaysOffForm.tsx';
import { sourceWords } from './model.ts';

export type Capacity = NonNullable<SprintCapacityFieldsFragment['capacity']>;

/** The sprint's totals, and what the last sprints delivered beside them. */
export function CapacityFigures({ capacity, boardId }: { capacity: Capacity; boardId: string }) {
  const figures: { label: string; value: string; id: string }[] = [
    { id: 'working-days', label: 'Working days', value: String(capacity.workingDays) },
    { id: 'person-days', label: 'Person-days', value: amount(capacity.totalDays) },
    { id: 'hours', label: 'Hours', value: hours(capacity.totalHours) },
    { id: 'points', label: 'Capacity (points)', value: amount(capacity.totalPoints) },
    { id: 'delivered', label: 'Delivered on average', value: amount(capacity.historyAverageCompletedPoints) },
    { id: 'committed', label: 'Committed', value: amount(capacity.committedPoints) },
    { id: 'utilisation', label: 'Utilisation', value: percent(capacity.utilisation) },
  ];
  return (
    <>
      <ul className="figure-grid capacity-figures">
        {figures.map((f) => (
          <li key={f.id} className="figure card" data-capacity={f.id}>
            <span className="label">{f.label}</span>
            <span className="value">{f.value}</span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        {capacity.history.length === 0 ? (
          'No analysed sprint yet: every discipline counts on the default points per person-day.'
        ) : (
          <>
            Delivered on average: the completed points of the last {capacity.history.length === 1 ? 'sprint' : `${capacity.history.length} sprints`} (
            {capacity.history.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <Link to={`/boards/${boardId}/sprints/${s.id}`}>{s.name}</Link>
              </span>
            ))}
            ) in the disciplines the team has people in today.
            {capacity.historyUnstaffedCompletedPoints
              ? ` Another ${amount(capacity.historyUnstaffedCompletedPoints)} points a sprint were done in disciplines nobody on the team is in now.`
              : ''}
          </>
        )}
      </p>
    </>
  );
}

export function DisciplineTable({ capacity }: { capacity: Capacity }) {
  if (capacity.byDiscipline.length === 0) return <p className="card empty">The team has no members with an allocation: no capacity.</p>;
  return (
    <TableScroll label="Capacity by discipline" card flush>
      <table className="issues capacity-table">
        <caption className="visually-hidden">Capacity by discipline</caption>
        <thead>
          <tr>
            <th scope="col">Discipline</th>
            <th scope="col" className="num">
              Members
            </th>
            <th scope="col" className="num">
              Person-days
            </th>
            <th scope="col" className="num">
              Hours
            </th>
            <th scope="col" className="num">
              Points per person-day
            </th>
            <th scope="col">Source</th>
            <th scope="col" className="num">
              Factor
            </th>
            <th scope="col" className="num">
              Points
            </th>
            <th scope="col" className="num">
              Delivered on average
            </th>
            <th scope="col" className="num">
              Committed
            </th>
          </tr>
        </thead>
        <tbody>
          {capacity.byDiscipline.map((d) => (
            <tr key={d.discipline} data-discipline={d.discipline}>
              <th scope="row">{d.discipline}</th>
              <td className="num">{d.members}</td>
              <td className="num">{amount(d.availableDays)}</td>
              <td className="num">{hours(d.hours)}</td>
              <td className="num">{amount(d.pointsPerDay)}</td>
              <td>{sourceWords(d.pointsPerDaySource, d.historySprints)}</td>
              <td className="num">{amount(d.factor)}</td>
              <td className="num" data-points>
                {amount(d.points)}
              </td>
              <td className="num">{amount(d.historyAverageCompletedPoints)}</td>
              <td className="num">{amount(d.committedPoints)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num">{capacity.byDiscipline.reduce((n, d) => n + d.members, 0)}</td>
            <td className="num">{amount(capacity.totalDays)}</td>
            <td className="num">{hours(capacity.totalHours)}</td>
            <td />
            <td />
            <td />
            <td className="num" data-points>
              {amount(capacity.totalPoints)}
            </td>
            <td className="num">{amount(capacity.historyAverageCompletedPoints)}</td>
            <td className="num">{amount(capacity.committedPoints)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

/** Each member's share; a manager edits days off in place. */
export function MemberTable({ capacity, sprintId, editable }: { capacity: Capacity; sprintId: string; editable: boolean }) {
  if (capacity.members.length === 0) return <p className="card empty">The team has no members yet.</p>;
  const rate = new Map(capacity.byDiscipline.map((d) => [d.discipline, d]));
  return (
    <TableScroll label="Capacity by member" card flush>
      <table className="issues capacity-table">
        <caption className="visually-hidden">Capacity by member</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Discipline</th>
            <th scope="col" className="num">
              Allocation
            </th>
            <th scope="col" className="num">
              Working days
            </th>
            <th scope="col" className={editable ? undefined : 'num'}>
              Days off
            </th>
            <th scope="col" className="num">
              Person-days
            </th>
            <th scope="col" className="num">
              Points per person-day
            </th>
            <th scope="col">Source</th>
            <th scope="col" className="num">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {capacity.members.map((m) => {
            const name = m.user?.displayName ?? 'A former user';
            const d = rate.get(m.discipline);
            return (
              <tr key={m.user?.id ?? name} data-member={m.user?.id}>
                <th scope="row">{name}</th>
                <td>{m.discipline}</td>
                <td className="num">{m.allocationPercent} %</td>
                <td className="num">{capacity.workingDays}</td>
                <td className={editable ? undefined : 'num'} data-days-off>
                  {editable && m.user ? <DaysOffForm sprintId={sprintId} userId={m.user.id} name={name} daysOff={m.daysOff} /> : amount(m.daysOff)}
                </td>
                <td className="num" data-person-days>
                  {amount(m.availableDays)}
                </td>
                <td className="num">{d ? amount(d.pointsPerDay) : '—'}</td>
                <td>{d ? sourceWords(d.pointsPerDaySource, d.historySprints) : '—'}</td>
                <td className="num" data-points>
                  {amount(m.points)}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td />
            <td />
            <td />
            <td className={editable ? undefined : 'num'}>{amount(capacity.members.reduce((n, m) => n + m.daysOff, 0))}</td>
            <td className="num">{amount(capacity.totalDays)}</td>
            <td />
            <td />
            <td className="num">{amount(capacity.totalPoints)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

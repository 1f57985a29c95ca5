import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ConfirmButton, TimeZoneField, timeZoneNames } from '../src/forms.tsx';
import { Breadcrumbs, adminTrail, boardTrail } from '../src/Breadcrumbs.tsx';

describe('ConfirmButton', () => {
  test('a destructive action looks it, by default, and asks once before it acts', () => {
    let done = 0;
    render(
      <ConfirmButton
        question="Delete it?"
        confirm="Delete"
        onConfirm={() => {
          done++;
        }}
      >
        Delete
      </ConfirmButton>,
    );
    expect(screen.getByRole('button', { name: 'Delete' }).className).toBe('secondary danger');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const group = screen.getByRole('group', { name: 'Confirm' });
    expect(within(group).getByRole('button', { name: 'Delete' }).className).toBe('danger');
    expect(done).toBe(0);
    fireEvent.click(within(group).getByRole('button', { name: 'Delete' }));
    expect(done).toBe(1);
  });

  test('tone="normal" asks the same way without looking destructive', () => {
    render(
      <ConfirmButton tone="normal" question="Accept it again?" confirm="Accept again" onConfirm={() => {}}>
        Accept again
      </ConfirmButton>,
    );
    expect(screen.getByRole('button', { name: 'Accept again' }).className).toBe('secondary');
    fireEvent.click(screen.getByRole('button', { name: 'Accept again' }));
    const confirm = within(screen.getByRole('group', { name: 'Confirm' })).getByRole('button', { name: 'Accept again' });
    expect(confirm.className).toBe('');
  });
});

describe('TimeZoneField', () => {
  test('suggests the IANA names and UTC, and passes on what is typed (any name)', () => {
    expect(timeZoneNames()).toContain('UTC');
    expect(timeZoneNames()).toContain('Europe/Berlin');
    const typed: string[] = [];
    const { container } = render(<TimeZoneField hint="An IANA name" error="Not a time zone" value="Europe/Berlin" onChange={(z) => typed.push(z)} />);
    const input = screen.getByLabelText('Time zone') as HTMLInputElement;
    expect(input.value).toBe('Europe/Berlin');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const list = [...container.querySelectorAll('datalist')].find((d) => d.id === input.getAttribute('list'));
    const options = [...(list?.querySelectorAll('option') ?? [])].map((o) => o.getAttribute('value'));
    expect(options).toContain('UTC');
    expect(options).toContain('America/New_York');
    fireEvent.change(input, { target: { value: 'Mars/Olympus' } });
    expect(typed).toEqual(['Mars/Olympus']);
  });
});

describe('Breadcrumbs', () => {
  test('every crumb but the last is a link; the last is the page itself', () => {
    render(
      <MemoryRouter>
        <Breadcrumbs trail={boardTrail({ id: 'b1', name: 'Atlas' }, 'Capacity')} />
      </MemoryRouter>,
    );
    const nav = screen.getByRole('navigation', { name: 'Breadcrumbs' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Boards', '/'],
      ['Atlas', '/boards/b1'],
    ]);
    expect(within(nav).getByText('Capacity').getAttribute('aria-current')).toBe('page');
  });

  test('admin trails start at Administration for administrators only (managers cannot open it)', () => {
    expect(adminTrail(true, { label: 'JIRA connections' }).map((c) => c.label)).toEqual(['Administration', 'JIRA connections']);
    expect(adminTrail(false, { label: 'JIRA connections' }).map((c) => c.label)).toEqual(['JIRA connections']);
  });
});

import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Link } from 'react-router';
import { ConfirmButton, Field, FormError, TimeZoneField, formErrors, noErrors } from '../../forms.tsx';
import { formatDate } from '../../format.ts';
import type { EstimationStatistic, SubtaskPolicy } from '../../gql/graphql.ts';
import { changed, draftOf, followedStatistic, inputOf, statisticWords, subtaskWords, type SavedSettings, type SettingsDraft } from './model.ts';
import { SettingsPreviewQuery, UpdateBoardSettingsMutation } from './operations.ts';
import { ResolutionsEditor } from './ResolutionsEditor.tsx';
import { RulesEditor } from './RulesEditor.tsx';
import { PreviewTable } from './SettingsPreview.tsx';

/** The fields whose refusals the form shows where they belong; the rest above the buttons. */
const FIELDS = [
  'settings.estimationStatistic',
  'settings.subtaskPolicy',
  'settings.cancelledResolutions',
  'settings.disciplineRules',
  'settings.timeZone',
  'sprintId',
];
/** How long typing settles before the preview asks again. */
const PREVIEW_DELAY_MS = 350;

function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

interface Props {
  boardId: string;
  estimationField: string | null | undefined;
  settings: SavedSettings;
  disciplines: readonly string[];
  /** Closed sprints, newest first. */
  closedSprints: { id: string; name: string; completeDate?: string | null }[];
}

/**
 * The settings as a draft, previewed on a closed sprint as they are typed (the API computes both
 * sides with the analysis' own rules and stores nothing), saved in one go: the board's sprints are
 * then analysed anew, and "today" becomes what the preview showed.
 */
export function SettingsForm({ boardId, estimationField, settings, disciplines, closedSprints }: Props) {
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  const [sprintId, setSprintId] = useState(closedSprints[0]?.id ?? '');
  const [saveError, setSaveError] = useState<unknown>(null);
  const [savedNote, setSavedNote] = useState<string | null>(null);

  const edit = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaveError(null);
    setSavedNote(null);
  };

  const input = useMemo(() => inputOf(draft), [draft]);
  const inputKey = JSON.stringify(input);
  const settledKey = useSettled(inputKey, PREVIEW_DELAY_MS);
  const preview = useQuery(SettingsPreviewQuery, {
    variables: { boardId, settings: JSON.parse(settledKey) as typeof input, sprintId: sprintId || null },
    skip: !closedSprints.length,
    fetchPolicy: 'network-only',
  });
  const [save, saving] = useMutation(UpdateBoardSettingsMutation);

  const errors = saveError ? formErrors(saveError, FIELDS) : preview.error && settledKey === inputKey ? formErrors(preview.error, FIELDS) : noErrors;
  const dirty = changed(draft, settings);
  const result = preview.data?.boardSettingsPreview ?? (preview.error ? null : preview.previousData?.boardSettingsPreview);
  const pending = settledKey !== inputKey || preview.loading;
  // A sprint analysed before its inputs were kept: the server is gathering them (a job); not the form's fault.
  const notReady = CombinedGraphQLErrors.is(preview.error) && preview.error.errors.some((e) => e.extensions?.code === 'PREVIEW_NOT_READY');

  const submit = async () => {
    setSaveError(null);
    try {
      const { data } = await save({ variables: { boardId, settings: input } });
      if (data) setDraft(draftOf(data.updateBoardSettings.settings));
      await preview.refetch();
      setSavedNote("Saved. The board's sprints were analysed anew: today's figures are now the ones previewed.");
    } catch (err) {
      setSaveError(err);
    }
  };

  const followed = statisticWords[followedStatistic(estimationField)];
  return (
    <form
      className="settings-form form"
      aria-label="Board settings"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="settings-layout">
        <div className="settings-fields">
          <div className="card settings-group">
            <Field
              label="Estimation statistic"
              hint="What the board's figures count: JIRA's estimation field for the board, or a statistic chosen here."
              error={errors.fields['settings.estimationStatistic']}
            >
              {(c) => (
                <select {...c} value={draft.statistic} onChange={(e) => edit({ statistic: e.target.value as EstimationStatistic | 'FOLLOW' })}>
                  <option value="FOLLOW">Follow JIRA's estimation field ({followed})</option>
                  {(Object.keys(statisticWords) as EstimationStatistic[]).map((s) => (
                    <option key={s} value={s}>
                      {statisticWords[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>

          <fieldset className="card settings-group">
            <legend>Sub-tasks</legend>
            {(Object.keys(subtaskWords) as SubtaskPolicy[]).map((p) => (
              <div key={p} className="choice">
                <input
                  type="radio"
                  id={`subtasks-${p}`}
                  name="subtaskPolicy"
                  value={p}
                  checked={draft.subtaskPolicy === p}
                  onChange={() => edit({ subtaskPolicy: p })}
                  aria-describedby={`subtasks-${p}-detail`}
                />
                <label htmlFor={`subtasks-${p}`}>
                  {subtaskWords[p].title}
                  <span id={`subtasks-${p}-detail`} className="muted small choice-detail">
                    {subtaskWords[p].detail}
                  </span>
                </label>
              </div>
            ))}
            {errors.fields['settings.subtaskPolicy'] && <p className="field-error">{errors.fields['settings.subtaskPolicy']}</p>}
          </fieldset>

          <div className="card">
            <ResolutionsEditor
              values={draft.cancelledResolutions}
              onChange={(cancelledResolutions) => edit({ cancelledResolutions })}
              error={Object.entries(errors.fields).find(([k]) => k.startsWith('settings.cancelledResolutions'))?.[1]}
            />
          </div>

          <div className="card">
            <RulesEditor rules={draft.rules} disciplines={disciplines} onChange={(rules) => edit({ rules })} errors={errors} />
          </div>

          <div className="card settings-group">
            <TimeZoneField
              hint="An IANA name such as Europe/Berlin: the board's days (burndown) begin and end in it."
              error={errors.fields['settings.timeZone']}
              value={draft.timeZone}
              onChange={(timeZone) => edit({ timeZone })}
            />
          </div>
        </div>

        <section className="card settings-preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          {!closedSprints.length ? (
            <p className="empty">The board has no closed sprint yet: there is nothing to preview the settings on.</p>
          ) : (
            <>
              <Field label="Sprint to preview" error={errors.fields.sprintId}>
                {(c) => (
                  <select {...c} value={sprintId} onChange={(e) => setSprintId(e.target.value)}>
                    {closedSprints.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name} (closed {formatDate(s.completeDate)})
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <p role="status" className="muted small preview-state">
                {pending
                  ? 'Working out the figures…'
                  : notReady
                    ? formErrors(preview.error).general
                    : errors.general || Object.keys(errors.fields).length
                      ? 'Fix what is marked to see the preview.'
                      : dirty
                        ? 'With your unsaved changes.'
                        : 'No unsaved changes: both sides agree.'}
              </p>
              {preview.error && !notReady && !Object.keys(errors.fields).length && !saveError && (
                <p role="alert" className="error-text">
                  {formErrors(preview.error).general}
                </p>
              )}
              {notReady && !pending && (
                <button type="button" className="secondary" onClick={() => void preview.refetch()}>
                  Try the preview again
                </button>
              )}
              {result && (
                <div aria-busy={pending}>
                  <PreviewTable sprintName={result.sprint.name} current={result.current} preview={result.preview} />
                  <p className="small">
                    <Link to={`/boards/${boardId}/sprints/${result.sprint.id}`}>Open {result.sprint.name}'s report</Link>
                  </p>
                </div>
              )}
            </>
          )}
        </section>
      </div>

      <FormError errors={{ ...errors, general: saveError ? errors.general : null }} />
      <div className="actions settings-actions">
        <button type="submit" disabled={!dirty || saving.loading}>
          {saving.loading ? 'Saving…' : 'Save settings'}
        </button>
        {dirty && (
          <ConfirmButton question="Discard your unsaved changes?" confirm="Discard" onConfirm={() => edit(draftOf(settings))}>
            Discard changes
          </ConfirmButton>
        )}
        {dirty && !saving.loading && <span className="muted small">Unsaved changes.</span>}
        {savedNote && (
          <span role="status" className="saved-note">
            {savedNote}
          </span>
        )}
      </div>
    </form>
  );
}
